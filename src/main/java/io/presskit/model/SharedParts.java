package io.presskit.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the language versions of one release share — the photos (files, order, credits), the contacts, the
 * boilerplate links and the embargo instant — as opposed to what each holds in its own language (the text, a
 * photo's caption and alt text). The library keeps the shared parts equal in every version of a family; these
 * are the rules it keeps them by. (The workflow status is shared too; it is not part of a {@link Release}.)
 */
public final class SharedParts {
    private SharedParts() {
    }

    /**
     * {@code version} with the shared parts of {@code source}: its photos in their order with their credits (each
     * keeping this version's caption and alt text where it has the photo, an empty caption to write where it does
     * not), its contacts and boilerplates, and its embargo instant (in this version's zone when it had one).
     */
    public static Release of(Release source, Release version) {
        Map<String, Photo> own = new HashMap<>();
        for (Photo p : version.photos()) {
            own.putIfAbsent(TextUnits.photoKey(p), p);
        }
        List<Photo> photos = new ArrayList<>();
        for (Photo p : source.photos()) {
            Photo mine = own.get(TextUnits.photoKey(p));
            photos.add(p.withText(mine == null ? "" : mine.caption(), p.credit(), mine == null ? null : mine.altText()));
        }
        return new Release(version.language(), version.issuer(), version.label(), timing(source.timing(), version.timing()),
                version.headline(), version.subheadline(), version.highlights(), version.dateline(), version.body(),
                version.endMark(), photos, source.boilerplates(), version.contactsHeading(), source.contacts());
    }

    /** The embargo instant of {@code source}, in the zone {@code version} prints its embargo in, if it has one. */
    private static ReleaseTiming timing(ReleaseTiming source, ReleaseTiming version) {
        if (source instanceof ReleaseTiming.Embargoed s && version instanceof ReleaseTiming.Embargoed v) {
            return s.until().toInstant().equals(v.until().toInstant()) ? version
                    : new ReleaseTiming.Embargoed(s.until().withZoneSameInstant(v.until().getZone()));
        }
        return source;
    }

    /** Whether two versions share the same parts (the photos' own text and the embargo's zone aside). */
    public static boolean same(Release a, Release b) {
        return samePhotos(a, b) && a.contacts().equals(b.contacts()) && a.boilerplates().equals(b.boilerplates())
                && sameInstant(a.timing(), b.timing());
    }

    /** The same photo files in the same order with the same credits, whatever their captions. */
    public static boolean samePhotos(Release a, Release b) {
        if (a.photos().size() != b.photos().size()) {
            return false;
        }
        for (int i = 0; i < a.photos().size(); i++) {
            Photo p = a.photos().get(i);
            Photo q = b.photos().get(i);
            if (!p.sha256().equals(q.sha256()) || !TextUnits.photoKey(p).equals(TextUnits.photoKey(q))
                    || !Objects.equals(p.credit(), q.credit()) || p.orientation() != q.orientation()) {
                return false;
            }
        }
        return true;
    }

    /** Both immediate, or both embargoed until the same instant (in whatever zones). */
    public static boolean sameInstant(ReleaseTiming a, ReleaseTiming b) {
        if (a instanceof ReleaseTiming.Embargoed x && b instanceof ReleaseTiming.Embargoed y) {
            return x.until().toInstant().equals(y.until().toInstant());
        }
        return a.getClass() == b.getClass();
    }
}
