package io.presskit.document;

/**
 * What a piece of an imported document was recognised as: one value per place a release can hold it, plus
 * page furniture left behind by a PDF ("Page 8 of 8"), which is not imported. The preview lets the officer
 * move a piece to another role; the release is then assembled again from the pieces.
 */
public enum PieceRole {
    ISSUER, LABEL, STATUS, HEADLINE, SUBHEADLINE, HIGHLIGHT, DATELINE, BODY, END_MARK, CAPTION, CREDIT,
    ABOUT_TITLE, ABOUT_BODY, CONTACTS_HEADING, CONTACT_ORGANIZATION, CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL,
    PAGE_FURNITURE;

    /** A stable lower-case key for messages and resource bundles ({@code contact-name}). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
