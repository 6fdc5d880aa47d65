package io.presskit.app.actions;

/**
 * Every command of the app, once: its id (for tests and CSS), its words and its shortcut. Menu item,
 * toolbar button and shortcut are all made from the one {@link org.controlsfx.control.action.Action} of a
 * command ({@link ActionFactory}), so they cannot diverge.
 */
public enum Command {
    NEW_RELEASE("newRelease", "action.new", "Shortcut+N"),
    DUPLICATE("duplicateRelease", "action.duplicate", "Shortcut+D"),
    DELETE("deleteRelease", "action.delete", "Shortcut+Delete"),
    ADD_VERSION("addVersion", "action.addVersion", "Shortcut+Shift+L"),
    IMPORT_BUNDLE("importBundle", "action.importBundle", "Shortcut+I"),
    EXPORT_BUNDLE("exportBundle", "action.exportBundle", "Shortcut+Shift+B"),
    EXPORT_PDF("exportPdf", "action.exportPdf", "Shortcut+E"),
    PREFERENCES("preferences", "action.preferences", "Shortcut+Comma"),
    QUIT("quit", "action.quit", "Shortcut+Q"),
    UNDO("undo", "action.undo", "Shortcut+Z"),
    REDO("redo", "action.redo", "Shortcut+Y"),
    UNDO_DELETE("undoDelete", "action.undoDelete", "Shortcut+Shift+R"),
    FIND("find", "action.find", "Shortcut+F"),
    SHOW_PROBLEMS("showProblems", "action.showProblems", "F8"),
    MANAGE_DIRECTORY("openDirectory", "action.manageDirectory", "Shortcut+Shift+D"),
    ADD_PHOTOS("addPhotos", "action.addPhotos", "Shortcut+Shift+P"),
    ZOOM_IN("zoomIn", "preview.zoomIn", "Shortcut+Plus"),
    ZOOM_OUT("zoomOut", "preview.zoomOut", "Shortcut+Minus"),
    NEXT_PAGE("nextPage", "preview.next", "Shortcut+Page_Down"),
    PREVIOUS_PAGE("prevPage", "preview.previous", "Shortcut+Page_Up"),
    FIT_WIDTH("fitWidth", "preview.fitWidth", "Shortcut+0"),
    IMPORT_DOCUMENT("importDocument", "action.importDocument", "Shortcut+Shift+I"),
    PRINT("print", "action.print", "Shortcut+P"),
    EMAIL("shareEmail", "action.email", "Shortcut+Shift+E"),
    PHOTO_PACK("sharePhotoPack", "action.photoPack", "Shortcut+Shift+K"),
    COPY_RICH_TEXT("copyRichText", "action.copyRichText", "Shortcut+Shift+C"),
    USER_GUIDE("userGuide", "action.guide", "F1"),
    ABOUT("about", "action.about", null);

    private final String id;
    private final String textKey;
    private final String accelerator;

    Command(String id, String textKey, String accelerator) {
        this.id = id;
        this.textKey = textKey;
        this.accelerator = accelerator;
    }

    /** The id of its toolbar button; its menu item's is {@code menu-} and this. */
    public String id() {
        return id;
    }

    public String textKey() {
        return textKey;
    }

    /** The shortcut as {@link javafx.scene.input.KeyCombination#valueOf} reads it, or null. */
    public String accelerator() {
        return accelerator;
    }
}
