package io.presskit.kit;

import io.presskit.kit.document.Block;
import io.presskit.kit.document.KitImage;
import io.presskit.kit.document.ReleaseDocument;
import io.presskit.kit.font.KitFonts;
import io.presskit.kit.layout.LayoutConfig;
import io.presskit.kit.layout.PagedKit;
import io.presskit.kit.layout.PagedKit.PlacedFurniture;
import io.presskit.kit.layout.PagedKit.PlacedImage;
import io.presskit.kit.layout.PagedKit.PlacedText;
import io.presskit.kit.layout.Paginator;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pagination rules, checked on the laid-out pages for many paragraph lengths that move the page breaks. */
class KitLayoutTest {
    static final LayoutConfig A4 = LayoutConfig.standard(PaperSize.A4.width(), PaperSize.A4.height());

    static PagedKit layout(Release r, KitFixtures.Kit kit, LayoutConfig config) throws Exception {
        List<KitImage> images = new ArrayList<>();
        for (Photo p : r.photos()) {
            var rendition = kit.photos().rendition(p);
            images.add(new KitImage(p.fileName(), rendition.mediaType(), rendition.width(), rendition.height(),
                    p.orientation(), rendition.bytes()));
        }
        return Paginator.paginate(ReleaseDocument.of(r, images, null), config, KitFonts.shared());
    }

    /** The sample with its first paragraph grown by {@code extra} characters: every page break moves. */
    static Release grown(Release r, int extra) {
        List<String> body = new ArrayList<>(r.body());
        body.set(0, body.get(0) + "科研合作".repeat(extra / 4));
        return new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(), r.highlights(),
                r.dateline(), body, r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
    }

    private static boolean keepsWithNext(Block.Text b) {
        return b instanceof Block.Heading || b instanceof Block.Headline || (b instanceof Block.Paragraph p
                && (p.kind() == Block.Paragraph.Kind.LABEL || p.kind() == Block.Paragraph.Kind.STATUS
                || p.kind() == Block.Paragraph.Kind.SUBHEADLINE));
    }

    @Test
    void noWidowsNoOrphansNoHeadingAtAPageFootNoCaptionAwayFromItsPhoto() throws Exception {
        KitFixtures.Kit kit = KitFixtures.sample();
        for (int extra = 0; extra <= 480; extra += 12) {
            PagedKit res = layout(grown(kit.release(), extra), kit, A4);
            Map<Block.Text, List<Integer>> linesPerPage = new IdentityHashMap<>();
            for (int p = 0; p < res.pages().size(); p++) {
                List<PagedKit.Placed> content = res.pages().get(p).content();
                PlacedText last = null;
                for (PagedKit.Placed item : content) {
                    if (item instanceof PlacedText t && t.part() == PagedKit.Part.TEXT) {
                        List<Integer> counts = linesPerPage.computeIfAbsent(t.block(), k -> new ArrayList<>());
                        while (counts.size() <= p) {
                            counts.add(0);
                        }
                        counts.set(p, counts.get(p) + 1);
                        last = t;
                    }
                    if (item instanceof PlacedImage im && im.owner() instanceof Block.Figure f) {
                        assertTrue(content.stream().anyMatch(o -> o instanceof PlacedText t && t.block() == f.caption()),
                                "caption of photo " + f.number() + " on its page");
                    }
                }
                if (last != null && p < res.pages().size() - 1) {
                    assertFalse(keepsWithNext(last.block()), "page " + (p + 1) + " ends with " + last.block().field()
                            + " (extra " + extra + ")");
                }
            }
            for (var e : linesPerPage.entrySet()) {
                List<Integer> pages = e.getValue().stream().filter(n -> n > 0).toList();
                if (pages.size() > 1 && e.getKey().field().startsWith("body")) {
                    assertTrue(pages.get(0) >= 2, e.getKey().field() + " leaves an orphan (extra " + extra + "): " + pages);
                    assertTrue(pages.get(pages.size() - 1) >= 2, e.getKey().field() + " carries a widow (extra " + extra + "): " + pages);
                }
            }
        }
    }

    @Test
    void everyPageHasItsFooterTheSlugFromPageTwoAndMoreWhereTheReleaseGoesOn() throws Exception {
        KitFixtures.Kit kit = KitFixtures.sample();
        PagedKit res = layout(kit.release(), kit, A4);
        int n = res.pages().size();
        int endMark = -1;
        for (int p = 0; p < n; p++) {
            if (res.pages().get(p).content().stream().anyMatch(o -> o instanceof PlacedText t && t.block().field().equals("endMark"))) {
                endMark = p;
            }
        }
        assertTrue(endMark >= 1, "the sample's release runs onto a second page");
        for (int p = 0; p < n; p++) {
            List<String> furniture = new ArrayList<>();
            for (PagedKit.Placed f : res.pages().get(p).furniture()) {
                if (f instanceof PlacedFurniture pf) {
                    furniture.add(pf.kind() + ":" + pf.line().text());
                }
            }
            List<String> expected = new ArrayList<>();
            if (p > 0) {
                expected.add("SLUG:匯聚八百頂尖國際學者推動科研創新");
            }
            if (p < endMark) {
                expected.add("MORE:（續）");
            }
            expected.add("FOOTER:第 " + (p + 1) + " 頁，共 " + n + " 頁");
            assertEquals(expected, furniture, "page " + (p + 1));
        }
    }

    @Test
    void aParagraphLongerThanAPageFlowsOn() throws Exception {
        KitFixtures.Kit kit = KitFixtures.sample();
        PagedKit res = layout(grown(kit.release(), 9000), kit, A4);
        long pagesWithFirstParagraph = res.pages().stream().filter(p -> p.content().stream()
                .anyMatch(o -> o instanceof PlacedText t && t.block().field().equals("body[0]"))).count();
        assertTrue(pagesWithFirstParagraph >= 3, "pages: " + pagesWithFirstParagraph);
        for (int p = 0; p < 2; p++) {
            assertTrue(res.pages().get(p).furniture().stream().anyMatch(f -> f instanceof PlacedFurniture pf
                    && pf.kind() == PagedKit.FurnitureKind.MORE), "more on page " + (p + 1));
        }
    }

    @Test
    void nothingOverflowsTheTextArea() throws Exception {
        for (KitFixtures.Kit kit : List.of(KitFixtures.sample(), KitFixtures.english())) {
            for (PaperSize paper : PaperSize.values()) {
                LayoutConfig config = LayoutConfig.standard(paper.width(), paper.height());
                PagedKit res = layout(kit.release(), kit, config);
                for (PagedKit.Page p : res.pages()) {
                    for (PagedKit.Placed item : p.content()) {
                        if (item instanceof PlacedText t) {
                            float right = t.x() + t.line().width();
                            assertTrue(right <= paper.width() - config.marginX() + 0.05f, t.block().field() + ": " + t.line().text());
                            assertTrue(t.x() >= config.marginX() - 0.05f, t.block().field());
                            assertTrue(t.baseline() >= config.marginBottom() - 0.05f, t.block().field());
                        }
                        if (item instanceof PlacedImage im) {
                            assertTrue(im.y() >= config.marginBottom() - 0.05f && im.y() + im.height() <= config.top() + 0.05f);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aDraftWithABlankHeadlineNoBodyAndBlankCaptionsIsLaidOut() throws Exception {
        KitFixtures.Kit kit = KitFixtures.sample();
        Release sample = kit.release();
        List<Photo> photos = sample.photos().stream().map(p -> p.withText("", null, null)).toList();
        Release draft = new Release(sample.language(), null, null, null, "  ", null, List.of(""), null, List.of(),
                null, photos, List.of(), null, List.of());
        PagedKit res = layout(draft, kit, A4);
        assertTrue(res.pages().size() >= 2);
        List<String> fields = new ArrayList<>();
        res.pages().forEach(p -> p.content().forEach(o -> {
            if (o instanceof PlacedText t) {
                fields.add(t.block().field());
            }
        }));
        assertFalse(fields.contains("headline"));
        assertTrue(fields.contains("photos[0].caption"), "a blank caption still prints its number");
    }
}
