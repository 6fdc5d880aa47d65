package io.presskit.cli;

import io.presskit.bundle.BundleException;
import io.presskit.bundle.BundleExporter;
import io.presskit.image.PhotoUnavailableException;
import io.presskit.kit.KitExporter;
import io.presskit.kit.KitFiles;
import io.presskit.kit.KitLogo;
import io.presskit.kit.KitOptions;
import io.presskit.kit.KitProgress;
import io.presskit.kit.KitResult;
import io.presskit.kit.PaperSize;
import io.presskit.kit.document.KitDocument.PageNumbering;
import io.presskit.library.Families;
import io.presskit.library.LibraryException;
import io.presskit.library.LibraryStore;
import io.presskit.model.Release;
import io.presskit.model.ReleaseLanguage;
import io.presskit.service.Libraries;
import io.presskit.service.LibraryPhotos;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Language versions on the command line: {@code presskit link ID ID}, {@code presskit unlink ID}, {@code presskit
 * versions ID}, and what {@code export} and {@code export-bundle} do with a release that has versions.
 */
final class VersionCommands {
    private VersionCommands() {
    }

    /**
     * Links the second release to the first one's family; prints the family, one line a version:
     * {@code ID<TAB>language}. Every conflict is one sentence on stderr, and nothing changes.
     */
    static int link(Cli.Args args, PrintStream out, Map<String, String> env) throws Cli.UsageException, LibraryException {
        Cli.expect(args, 2, "link needs two release ids: presskit link ID ID (the second becomes a language version of the "
                + "first)");
        Cli.noOptions(args, false, false);
        long first = Cli.releaseId(args.positional().get(0));
        long second = Cli.releaseId(args.positional().get(1));
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            print(out, store.families().link(first, second), List.of());
        }
        return Cli.OK;
    }

    static int unlink(Cli.Args args, PrintStream out, Map<String, String> env) throws Cli.UsageException, LibraryException {
        Cli.expect(args, 1, "unlink needs a release id: presskit unlink ID");
        Cli.noOptions(args, false, false);
        long id = Cli.releaseId(args.positional().get(0));
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            store.families().unlink(id);
        }
        return Cli.OK;
    }

    /**
     * The versions of a release's family, one line each: {@code ID<TAB>language<TAB>what may be stale}, the pieces
     * a counterpart said something new after (as {@code headline, body:3, caption:photo-02.jpg}), or nothing.
     */
    static int versions(Cli.Args args, PrintStream out, Map<String, String> env) throws Cli.UsageException, LibraryException {
        Cli.expect(args, 1, "versions needs a release id: presskit versions ID");
        Cli.noOptions(args, false, false);
        long id = Cli.releaseId(args.positional().get(0));
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            List<Families.Version> versions = store.families().versions(id);
            List<String> stale = new ArrayList<>();
            for (Families.Version v : versions) {
                stale.add(v.inTrash() ? "(in the trash)" : String.join(", ", store.families().staleUnits(v.id())));
            }
            print(out, versions, stale);
        }
        return Cli.OK;
    }

    private static void print(PrintStream out, List<Families.Version> versions, List<String> third) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < versions.size(); i++) {
            Families.Version v = versions.get(i);
            sb.append(v.id()).append('\t').append(v.language());
            if (!third.isEmpty()) {
                sb.append('\t').append(third.get(i));
            }
            sb.append('\n');
        }
        out.print(sb);
    }

    /**
     * The versions a command names with {@code --languages all|TAG,TAG} for release {@code id}: {@code all} is the
     * release's own version first, then the others in the family's order; a tag names the version in that language
     * ({@code en} the one English version, {@code en-HK} exactly). Without the option, release {@code id} alone.
     */
    static List<Long> chosen(LibraryStore store, long id, String languages) throws LibraryException, Cli.UsageException {
        if (languages == null) {
            return List.of(id);
        }
        if (store.releases().version(id).isEmpty()) {
            throw new LibraryException("Release " + id + " is not in the library " + store.location().shown() + ".");
        }
        List<Families.Version> versions = store.families().versions(id).stream().filter(v -> !v.inTrash() || v.id() == id)
                .toList();
        if (versions.stream().noneMatch(v -> v.id() == id)) {
            throw new LibraryException("Release " + id + " is not in the library " + store.location().shown() + ".");
        }
        List<Long> out = new ArrayList<>();
        if (languages.strip().equals("all")) {
            return store.families().allVersions(id);
        }
        String have = String.join(", ", versions.stream().map(Families.Version::language).toList());
        for (String tag : languages.split(",", -1)) {
            String t = tag.strip();
            if (t.isEmpty()) {
                throw new Cli.UsageException("--languages is all or language tags apart by commas, such as zh-Hant-HK,en");
            }
            List<Families.Version> exact = versions.stream().filter(v -> v.language().equalsIgnoreCase(t)).toList();
            List<Families.Version> found = !exact.isEmpty() ? exact
                    : versions.stream().filter(v -> ReleaseLanguage.of(v.language()).matches(t)).toList();
            if (found.isEmpty()) {
                throw new LibraryException("Release " + id + " has no version in " + t + " (it has " + have + ").");
            }
            if (found.size() > 1) {
                throw new LibraryException("--languages: " + t + " names " + found.size() + " versions of release " + id + " ("
                        + String.join(", ", found.stream().map(Families.Version::language).toList()) + "); name one of them.");
            }
            if (out.contains(found.get(0).id())) {
                throw new Cli.UsageException("--languages names the " + found.get(0).language() + " version twice");
            }
            out.add(found.get(0).id());
        }
        return out;
    }

    /**
     * {@code presskit export ID --out FILE.pdf [--languages all|TAG,TAG] [--page-numbers document|version] [--split]}:
     * the versions one after another in one PDF, or with {@code --split} one PDF a version beside FILE
     * ({@code kit-zh-Hant-HK.pdf}, {@code kit-en-HK.pdf}, their paths printed one a line).
     */
    static int exportKit(Cli.Args args, PrintStream out, PrintStream err, Map<String, String> env)
            throws Cli.UsageException, LibraryException {
        Cli.expect(args, 1, "export needs a release id: presskit export ID --out FILE.pdf");
        Cli.noOptions(args, true, true, "--languages", "--page-numbers", "--split", "--logo");
        if (args.out() == null) {
            throw new Cli.UsageException("export needs --out FILE.pdf");
        }
        PaperSize paper = args.paper() == null ? PaperSize.A4 : PaperSize.fromKey(args.paper())
                .orElseThrow(() -> new Cli.UsageException("--paper is a4 or letter, not " + args.paper()));
        String numberingKey = args.options().get("--page-numbers");
        PageNumbering numbering = numberingKey == null ? PageNumbering.DOCUMENT : PageNumbering.fromKey(numberingKey)
                .orElseThrow(() -> new Cli.UsageException("--page-numbers is document or version, not " + numberingKey));
        boolean split = args.options().containsKey("--split");
        // The letterhead logo is read and checked before the library is opened: a bad one changes nothing.
        KitLogo logo = args.options().containsKey("--logo") ? logo(Path.of(args.options().get("--logo"))) : null;
        long id = Cli.releaseId(args.positional().get(0));
        Path target = Path.of(args.out()).toAbsolutePath();
        KitExporter.warmUp("zh-Hant"); // fonts parse while the library opens
        try (LibraryStore store = Libraries.open(args.db(), env)) {
            List<Long> ids = chosen(store, id, args.options().get("--languages"));
            List<Release> versions = new ArrayList<>();
            Instant edited = Instant.EPOCH;
            for (long v : ids) {
                versions.add(Cli.requireComplete(store, v));
                Instant at = store.releases().summary(v).orElseThrow().updatedAt();
                edited = at.isAfter(edited) ? at : edited;
            }
            KitOptions options = new KitOptions(paper, edited).withNumbering(numbering).withLogo(logo);
            if (!split) {
                write(store, target, versions, options, err);
                return Cli.OK;
            }
            for (Release r : versions) {
                Path one = KitFiles.beside(target, r.language());
                write(store, one, List.of(r), options, err);
                out.println(one);
            }
        }
        return Cli.OK;
    }

    /** The house logo for the letterhead, refused in one sentence naming the file when it is no usable image. */
    private static KitLogo logo(Path file) throws LibraryException {
        try {
            return KitLogo.readFile(file);
        } catch (io.presskit.image.ImageRejectedException e) {
            throw new LibraryException(e.getMessage(), e);
        }
    }

    private static void write(LibraryStore store, Path target, List<Release> versions, KitOptions options, PrintStream err)
            throws LibraryException {
        try {
            KitResult result = KitFiles.write(target, os -> KitExporter.shared().export(versions,
                    LibraryPhotos.photoSource(store, versions.get(0)), options, os, KitProgress.NONE));
            result.warnings().forEach(w -> err.println("warning: " + w));
        } catch (PhotoUnavailableException e) {
            throw new LibraryException(e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new LibraryException(target + " cannot be written (" + e.getMessage() + ").", e);
        }
    }

    /**
     * {@code presskit export-bundle ID}: a release with other language versions is written with all of them (format 2,
     * release ID's version first); a release alone as before (format 1).
     */
    static void exportBundle(LibraryStore store, long id, Path out) throws LibraryException, BundleException,
            Cli.UsageException {
        List<Release> versions = new ArrayList<>();
        for (long v : chosen(store, id, "all")) {
            versions.add(Cli.requireRelease(store, v));
        }
        BundleExporter.export(versions, LibraryPhotos.originals(store, versions.get(0)), out);
    }
}
