package io.presskit.document;

/**
 * One recognised piece of the document, with its text exactly as the document has it (bullet, photo number
 * and labels included: the role decides what is taken from it when the release is assembled).
 *
 * @param where  where it stood ("line 17", "paragraph 4")
 * @param joiner when this piece and the next were one paragraph of the document (a dateline and the text
 *               after it), the text that stood between them ("" or " "); null when the next piece is a
 *               paragraph of its own. Pieces that ran on are put together again when both land in the body.
 * @param unplaced no rule placed it: the recogniser put it in the body, and the import says so
 */
public record Piece(String text, PieceRole role, String where, String joiner, boolean unplaced) {
    public Piece(String text, PieceRole role, String where, String joiner) {
        this(text, role, where, joiner, false);
    }

    /** The piece moved to another role by the officer: placed, whatever it was before. */
    public Piece withRole(PieceRole newRole) {
        return new Piece(text, newRole, where, joiner, false);
    }

    public boolean runsOn() {
        return joiner != null;
    }
}
