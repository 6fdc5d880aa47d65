package io.presskit.document;

import io.presskit.model.Contact;

import java.util.ArrayList;
import java.util.List;

/**
 * What an imported document was recognised as: its pieces in document order, each with its text and its
 * role, the release language, and the embedded images that are photos. Immutable: the import preview shows
 * {@link #pieces()}, the officer moves a piece to another role with {@link #withRole}, and
 * {@link #assemble} builds the release again from the pieces.
 */
public final class Recognition {
    private final String fileName;
    private final String language;
    private final List<Piece> pieces;
    private final List<SourceImage> embeddedPhotos;
    private final List<String> readingNotes;

    Recognition(String fileName, String language, List<Piece> pieces, List<SourceImage> embeddedPhotos,
                List<String> readingNotes) {
        this.fileName = fileName;
        this.language = language;
        this.pieces = List.copyOf(pieces);
        this.embeddedPhotos = List.copyOf(embeddedPhotos);
        this.readingNotes = List.copyOf(readingNotes);
    }

    public String fileName() {
        return fileName;
    }

    /** The release language: the one given, or the one the text suggests. */
    public String language() {
        return language;
    }

    public List<Piece> pieces() {
        return pieces;
    }

    /** The images embedded in the document that become photos, in document order (a letterhead logo is not one). */
    public List<SourceImage> embeddedPhotos() {
        return embeddedPhotos;
    }

    /** Notes from reading the file (its encoding, a logo left out), before any assembly. */
    public List<String> readingNotes() {
        return readingNotes;
    }

    /** The same recognition with piece {@code index} moved to {@code role}. */
    public Recognition withRole(int index, PieceRole role) {
        List<Piece> changed = new ArrayList<>(pieces);
        changed.set(index, pieces.get(index).withRole(role));
        return new Recognition(fileName, language, changed, embeddedPhotos, readingNotes);
    }

    public Recognition withLanguage(String tag) {
        return new Recognition(fileName, tag, pieces, embeddedPhotos, readingNotes);
    }

    /**
     * Builds the release from the pieces: photos attached to the captions in order, contacts that share an
     * email with one of {@code directory} taken as that directory entry (same email, same person).
     * Throws with one sentence when a piece cannot be stored at all (an embargo without a time zone).
     */
    public Assembly assemble(List<IncomingPhoto> photos, List<Contact> directory) throws DocumentException {
        return ReleaseAssembler.assemble(this, photos, directory);
    }
}
