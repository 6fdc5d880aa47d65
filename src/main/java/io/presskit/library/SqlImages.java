package io.presskit.library;

import io.presskit.image.ImageInfo;
import io.presskit.image.ImagePipeline;
import io.presskit.image.ImageRules;
import io.presskit.image.PhotoRendition;
import io.presskit.image.PreparedImage;
import io.presskit.model.Photo;
import io.presskit.model.Release;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link Images} in SQL: blobs are BLOB on SQLite and bytea on PostgreSQL, bound and read the same way. */
final class SqlImages implements Images {
    private static final String REMEDY = ": restore the library from a backup, or remove the photo from the release "
            + "and add it again.";

    private final SqlLibrary lib;

    SqlImages(SqlLibrary lib) {
        this.lib = lib;
    }

    @Override
    public byte[] original(String sha256) throws LibraryException {
        return original(sha256, "The photo " + sha256.substring(0, Math.min(12, sha256.length())));
    }

    @Override
    public byte[] original(Release release, Photo photo) throws LibraryException {
        return original(photo.sha256(), Images.named(release, photo));
    }

    private byte[] original(String sha256, String named) throws LibraryException {
        Optional<byte[]> stored = lib.tx.read(h -> h.createQuery("SELECT original FROM image WHERE sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> rs.getBytes(1)).findOne());
        if (stored.isEmpty()) {
            throw new LibraryException(named + " is missing from the library" + REMEDY);
        }
        if (!ImagePipeline.sha256(stored.get()).equals(sha256)) {
            throw new LibraryException(named + " is damaged in the library (its bytes no longer match the photo that "
                    + "was imported)" + REMEDY);
        }
        return stored.get();
    }

    @Override
    public Optional<PhotoRendition> thumbnail(String sha256) throws LibraryException {
        return lib.tx.read(h -> h.createQuery("SELECT thumbnail_type, thumbnail FROM image WHERE sha256 = :sha")
                .bind("sha", sha256).map((rs, ctx) -> new PhotoRendition(rs.getString(1), 0, 0, rs.getBytes(2))).findOne());
    }

    @Override
    public Optional<PhotoRendition> storedRendition(String sha256) throws LibraryException {
        return lib.tx.read(h -> storedRendition(h, sha256));
    }

    private static Optional<PhotoRendition> storedRendition(Handle h, String sha256) {
        return h.createQuery("SELECT media_type, width, height, bytes, bytes_sha256 FROM image_rendition "
                        + "WHERE sha256 = :sha AND recipe = :recipe")
                .bind("sha", sha256).bind("recipe", ImageRules.RENDITION_RECIPE)
                .map((rs, ctx) -> ImagePipeline.sha256(rs.getBytes(4)).equals(rs.getString(5))
                        ? Optional.of(new PhotoRendition(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)))
                        : Optional.<PhotoRendition>empty())
                .findOne().flatMap(o -> o);
    }

    @Override
    public void keepRendition(String sha256, PhotoRendition rendition) throws LibraryException {
        lib.tx.write(h -> {
            putRendition(h, sha256, rendition);
            return null;
        });
    }

    @Override
    public Optional<PreparedImage> storedImage(Photo photo) throws LibraryException {
        return lib.tx.read(h -> h.createQuery("""
                        SELECT media_type, width, height, orientation, has_alpha, original, thumbnail_type, thumbnail
                        FROM image WHERE sha256 = :sha""")
                .bind("sha", photo.sha256())
                .map((rs, ctx) -> new PreparedImage(photo.sha256(), rs.getBytes(6), new ImageInfo(rs.getString(1),
                        rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) == 1),
                        new PhotoRendition(rs.getString(7), 0, 0, rs.getBytes(8)), null))
                .findOne()
                .map(p -> new PreparedImage(p.sha256(), p.original(), p.info(), p.thumbnail(),
                        storedRendition(h, photo.sha256()).orElse(null))));
    }

    @Override
    public void requireAll(Release release) throws LibraryException {
        Set<String> present = lib.tx.read(h -> present(h, release.photos().stream().map(Photo::sha256).toList()));
        for (Photo p : release.photos()) {
            if (!present.contains(p.sha256())) {
                throw new LibraryException(Images.named(release, p) + " is missing from the library" + REMEDY);
            }
        }
    }

    /** Which of {@code shas} are stored. */
    Set<String> present(Handle h, Collection<String> shas) {
        Set<String> distinct = new LinkedHashSet<>(shas);
        if (distinct.isEmpty()) {
            return Set.of();
        }
        return new java.util.HashSet<>(h.createQuery("SELECT sha256 FROM image WHERE sha256 IN (<shas>)")
                .bindList("shas", new ArrayList<>(distinct)).mapTo(String.class).list());
    }

    // ---------------------------------------------------------------- inside transactions

    /** Stores new images (an image already stored is shared, not stored twice) with their renditions. */
    void store(Handle h, Collection<PreparedImage> images) {
        if (images.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("""
                INSERT INTO image (sha256, media_type, width, height, orientation, has_alpha, original,
                    thumbnail_type, thumbnail, created_at)
                VALUES (:sha, :type, :width, :height, :orientation, :alpha, :original, :thumbType, :thumb, :now)
                ON CONFLICT (sha256) DO NOTHING""");
        for (PreparedImage img : images) {
            batch.bind("sha", img.sha256()).bind("type", img.info().mediaType()).bind("width", img.info().width())
                    .bind("height", img.info().height()).bind("orientation", img.info().orientation())
                    .bind("alpha", img.info().hasAlpha() ? 1 : 0).bind("original", img.original())
                    .bind("thumbType", img.thumbnail().mediaType()).bind("thumb", img.thumbnail().bytes())
                    .bind("now", lib.now()).add();
        }
        batch.execute();
        for (PreparedImage img : images) {
            if (img.rendition() != null) {
                putRendition(h, img.sha256(), img.rendition());
            }
        }
    }

    private static void putRendition(Handle h, String sha, PhotoRendition r) {
        h.createUpdate("""
                INSERT INTO image_rendition (sha256, recipe, media_type, width, height, bytes, bytes_sha256)
                VALUES (:sha, :recipe, :type, :width, :height, :bytes, :digest)
                ON CONFLICT (sha256) DO UPDATE SET recipe = excluded.recipe, media_type = excluded.media_type,
                    width = excluded.width, height = excluded.height, bytes = excluded.bytes,
                    bytes_sha256 = excluded.bytes_sha256""")
                .bind("sha", sha).bind("recipe", ImageRules.RENDITION_RECIPE).bind("type", r.mediaType())
                .bind("width", r.width()).bind("height", r.height()).bind("bytes", r.bytes())
                .bind("digest", ImagePipeline.sha256(r.bytes())).execute();
    }

    /** A release's photos in order; a photo whose image is gone stays (without pixels), to be named where needed. */
    List<Photo> photosOf(Handle h, long releaseId) {
        return h.createQuery("""
                        SELECT p.file_name, p.image_sha256, i.media_type, i.width, i.height, coalesce(i.orientation, 1),
                               p.caption, p.credit, p.alt_text
                        FROM release_photo p LEFT JOIN image i ON i.sha256 = p.image_sha256
                        WHERE p.release_id = :id ORDER BY p.position""")
                .bind("id", releaseId)
                .map((rs, ctx) -> new Photo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6), rs.getString(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    /** Deletes those of {@code candidates} that no release and no revision uses any more. */
    void collect(Handle h, Collection<String> candidates) {
        // SHA-256s are hex digits, never user text; anything else is left alone rather than put into SQL.
        List<String> hex = new LinkedHashSet<>(candidates).stream().filter(s -> s.matches("[0-9a-f]{64}"))
                .map(s -> "'" + s + "'").toList();
        if (!hex.isEmpty()) {
            deleteUnused(h, "sha256 IN (" + String.join(", ", hex) + ") AND ");
        }
    }

    /** Deletes every image no release and no revision uses (after releases were deleted for good). */
    void collectAll(Handle h) {
        deleteUnused(h, "");
    }

    /**
     * Images are shared: a concurrent writer on PostgreSQL may have just linked one this transaction sees unused, and
     * then the delete meets its reference and fails; the image is in use again, so keeping it is right, and the
     * failure must not end the save (hence a savepoint there).
     */
    private void deleteUnused(Handle h, String restriction) {
        lib.dialect.tryInTransaction(h, "DELETE FROM image WHERE " + restriction
                + "NOT EXISTS (SELECT 1 FROM release_photo p WHERE p.image_sha256 = image.sha256) "
                + "AND NOT EXISTS (SELECT 1 FROM release_snapshot_image s WHERE s.image_sha256 = image.sha256)");
    }
}
