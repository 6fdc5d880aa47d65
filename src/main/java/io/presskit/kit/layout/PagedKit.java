package io.presskit.kit.layout;

import io.presskit.kit.document.Block;
import io.presskit.kit.document.KitDocument;
import io.presskit.kit.document.KitImage;
import io.presskit.kit.layout.LineBreaker.Line;

import java.awt.Color;
import java.util.List;

/**
 * A kit laid out on pages: what is where, in PDF points from the page's bottom-left corner, each piece
 * knowing the block it comes from (so that the painter tags it) or that it is page furniture.
 */
public record PagedKit(List<Page> pages, List<Mark> marks, List<String> warnings) {
    public PagedKit {
        pages = List.copyOf(pages);
        marks = List.copyOf(marks);
        warnings = List.copyOf(warnings);
    }

    /**
     * One page: its content in reading order, and its furniture (slug, footer, "more", rules), which is
     * drawn but never read.
     */
    public record Page(KitDocument.Section section, List<Placed> content, List<Placed> furniture) {
        public Page {
            content = List.copyOf(content);
            furniture = List.copyOf(furniture);
        }
    }

    /**
     * A bookmark target: a title, the page (0-based) and the height on it; {@code level} 0 at the top of the
     * outline, 1 beneath the version mark before it (in a kit of several language versions).
     */
    public record Mark(String title, int page, float y, int level) {
        public Mark(String title, int page, float y) {
            this(title, page, y, 0);
        }
    }

    /** Something placed on a page. */
    public sealed interface Placed {
    }

    /** Which part of a text block a line is: its text, or its label (a list item's bullet). */
    public enum Part { TEXT, LABEL }

    /** A line of a text block; {@code baseline} from the page's bottom. */
    public record PlacedText(Block.Text block, Part part, float x, float baseline, Line line) implements Placed {
    }

    /** An image of a figure or of the letterhead, as it stands upright on the page. */
    public record PlacedImage(Block owner, KitImage image, float x, float y, float width, float height) implements Placed {
    }

    /** A horizontal rule. */
    public record PlacedRule(float x1, float x2, float y, float thickness, Color color) implements Placed {
    }

    /** What a line of page furniture is. */
    public enum FurnitureKind { SLUG, FOOTER, MORE }

    /** A line of page furniture. */
    public record PlacedFurniture(FurnitureKind kind, float x, float baseline, Line line) implements Placed {
    }
}
