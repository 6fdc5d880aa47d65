package io.presskit.kit;

import io.presskit.image.PhotoRendition;
import io.presskit.model.Release;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pagination rules, checked on the laid-out pages for many paragraph lengths that move the page breaks. */
class KitLayoutTest {

    static KitLayout.Result layout(Release r, List<PhotoRendition> renditions) {
        return new KitLayout(KitFonts.shared(), r, PaperSize.A4).layout(r, renditions);
    }

    static List<PhotoRendition> renditions(KitFixtures.Kit kit) throws Exception {
        List<PhotoRendition> out = new ArrayList<>();
        for (var p : kit.release().photos()) {
            out.add(kit.photos().rendition(p));
        }
        return out;
    }

    /** The sample with its first paragraph grown by {@code extra} characters: every page break moves. */
    static Release grown(Release r, int extra) {
        List<String> body = new ArrayList<>(r.body());
        body.set(0, body.get(0) + "科研合作".repeat(extra / 4));
        return new Release(r.language(), r.issuer(), r.label(), r.timing(), r.headline(), r.subheadline(), r.highlights(),
                r.dateline(), body, r.endMark(), r.photos(), r.boilerplates(), r.contactsHeading(), r.contacts());
    }

    @Test
    void noWidowsNoOrphansNoHeadingAtAPageFootNoCaptionAwayFromItsPhoto() throws Exception {
        KitFixtures.Kit kit = KitFixtures.sample();
        List<PhotoRendition> renditions = renditions(kit);
        for (int extra = 0; extra <= 480; extra += 12) {
            KitLayout.Result res = layout(grown(kit.release(), extra), renditions);
            Map<String, List<Integer>> linesPerPage = new HashMap<>();
            for (int p = 0; p < res.pages().size(); p++) {
                List<KitLayout.Op> ops = res.pages().get(p).ops;
                KitLayout.TextOp last = null;
                for (KitLayout.Op op : ops) {
                    if (op instanceof KitLayout.TextOp t) {
                        List<Integer> counts = linesPerPage.computeIfAbsent(t.field(), k -> new ArrayList<>());
                        while (counts.size() <= p) {
                            counts.add(0);
                        }
                        counts.set(p, counts.get(p) + 1);
                        last = t;
                    }
                    if (op instanceof KitLayout.ImageOp im) {
                        int photo = im.photo();
                        assertTrue(ops.stream().anyMatch(o -> o instanceof KitLayout.TextOp t
                                && t.field().equals("photos[" + photo + "].caption")), "caption of photo " + photo + " on its page");
                    }
                }
                if (last != null && p < res.pages().size() - 1) {
                    assertFalse(last.field().matches("photos|boilerplates\\[\\d+]\\.title|contactsHeading|headline|subheadline"),
                            "page " + (p + 1) + " ends with the heading " + last.field() + " (extra " + extra + ")");
                }
            }
            for (var e : linesPerPage.entrySet()) {
                List<Integer> pages = e.getValue().stream().filter(n -> n > 0).toList();
                if (pages.size() > 1 && e.getKey().startsWith("body")) {
                    assertTrue(pages.get(0) >= 2, e.getKey() + " leaves an orphan (extra " + extra + "): " + pages);
                    assertTrue(pages.get(pages.size() - 1) >= 2, e.getKey() + " carries a widow (extra " + extra + "): " + pages);
                }
            }
        }
    }

    @Test
    void aParagraphLongerThanAPageFlowsOn() throws Exception {
        KitFixtures.Kit kit = KitFixtures.sample();
        Release r = grown(kit.release(), 9000);
        KitLayout.Result res = layout(r, renditions(kit));
        long pagesWithFirstParagraph = res.pages().stream().filter(p -> p.ops.stream()
                .anyMatch(o -> o instanceof KitLayout.TextOp t && t.field().equals("body[0]"))).count();
        assertTrue(pagesWithFirstParagraph >= 3, "pages: " + pagesWithFirstParagraph);
        assertTrue(res.pages().get(0).releaseText && res.pages().get(1).releaseText);
        assertEquals(res.endMarkPage(), res.pages().indexOf(res.pages().stream().filter(p -> p.ops.stream()
                .anyMatch(o -> o instanceof KitLayout.TextOp t && t.field().equals("endMark"))).findFirst().orElseThrow()));
    }

    @Test
    void nothingOverflowsTheTextArea() throws Exception {
        for (KitFixtures.Kit kit : List.of(KitFixtures.sample(), KitFixtures.english())) {
            KitLayout.Result res = new KitLayout(KitFonts.shared(), kit.release(), PaperSize.A4).layout(kit.release(), renditions(kit));
            for (KitLayout.Page p : res.pages()) {
                for (KitLayout.Op op : p.ops) {
                    if (op instanceof KitLayout.TextOp t) {
                        float right = t.x() + t.line().justifiedWidth();
                        assertTrue(right <= PaperSize.A4.width() - KitLayout.MARGIN_X + 0.05f, t.field() + ": " + t.line().text());
                        assertTrue(t.baseline() >= KitLayout.MARGIN_BOTTOM - 0.05f, t.field());
                    }
                }
            }
        }
    }
}
