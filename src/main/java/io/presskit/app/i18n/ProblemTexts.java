package io.presskit.app.i18n;

import io.presskit.model.Problem;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns a {@link Problem} of the model ({@code photos[3].caption: must not be blank}) into
 * words of the UI ({@code Photo 4, caption: must be filled in before the release is issued} / {@code 圖四，說明：…}):
 * field paths become the names the editor shows, numbered from 1 as printed, and the model's English
 * sentences become sentences in the UI language. A sentence it does not know is shown as the model wrote it.
 */
public final class ProblemTexts {

    /** What the paths point at, so names can say which photo, contact or section is meant. */
    public interface Context {
        /** The printed number of photo {@code index} (0-based): Photo 4 / 圖四. */
        String photoNumber(int index);

        /** The name of contact {@code index} of the release, or "" when unknown. */
        default String contactName(int index) {
            return "";
        }

        /** The title of "About" section {@code index} of the release, or "" when unknown. */
        default String boilerplateTitle(int index) {
            return "";
        }
    }

    /** A context for paths inside one contact or boilerplate (the directory's form), or when nothing is known. */
    public static final Context PLAIN = index -> Messages.format("problem.photo", index + 1);

    private record Rule(Pattern pattern, String key) {
    }

    /** ReleaseRules' sentences, each with the message key that says it in the UI language; groups become {0}, {1}. */
    private static final List<Rule> RULES = List.of(
            rule("must not be blank", "problem.blank"),
            rule("needs at least one paragraph", "problem.noParagraph"),
            rule("is required \\(a BCP 47 tag.*", "problem.languageRequired"),
            rule("\"(.*)\" is not a BCP 47 language tag.*", "problem.languageTag"),
            rule("is required \\(an ISO date.*", "problem.dateRequired"),
            rule("\"(.*)\" is not a valid email address", "problem.email"),
            rule("is required for an embargoed release", "problem.embargoDate"),
            rule("\"(.*)\" is not a plain file name", "problem.fileName"),
            rule("\"(.*)\" is used by another photo of this release", "problem.fileNameTaken"),
            rule("has no stored image", "problem.photoBroken"),
            rule("has no pixel size", "problem.photoBroken"),
            rule("has orientation .*", "problem.photoBroken"),
            rule("is (\\d+) characters long; the most a field may hold is (\\d+)", "problem.tooLong"),
            rule("contains a broken character \\(an unpaired surrogate\\) at position (\\d+)", "problem.surrogate"),
            rule("contains a line break at position (\\d+).*", "problem.lineBreak"),
            rule("contains a tab at position (\\d+)", "problem.tab"),
            rule("contains the control character (U\\+[0-9A-F]+) at position (\\d+)", "problem.control"));

    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)]");

    private ProblemTexts() {
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex), key);
    }

    /** The problem's message in the UI language, without the field's name (as shown under the field). */
    public static String message(Problem p) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(p.message());
            if (m.matches()) {
                Object[] args = new Object[m.groupCount()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = m.group(i + 1);
                }
                return Messages.format(r.key(), args);
            }
        }
        return p.message();
    }

    /** The field's name as the editor shows it ({@code Highlight 1}, {@code 圖四，說明}, {@code Media contact 2 (Maggie Chan), email 1}). */
    public static String fieldName(String path, Context context) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        String whole = switch (path) {
            case "release.until" -> "field.embargoDate";
            case "release.until.time" -> "field.embargoTime";
            case "release.until.zone" -> "field.embargoZone";
            case "dateline.place" -> "field.datelinePlace";
            case "dateline.date" -> "field.datelineDate";
            default -> null;
        };
        if (whole != null) {
            return Messages.get(whole);
        }
        String[] parts = path.split("\\.");
        StringBuilder name = new StringBuilder();
        String owner = null;
        for (String part : parts) {
            String piece = piece(owner, part, context);
            if (name.length() > 0) {
                name.append(Messages.get("problem.join"));
            }
            name.append(piece);
            Matcher m = INDEXED.matcher(part);
            owner = m.matches() ? m.group(1) : part;
        }
        return name.toString();
    }

    /** "Field: message", both in the UI language: for the problems list and dialogs. */
    public static String sentence(Problem p, Context context) {
        String field = fieldName(p.field(), context);
        return field.isEmpty() ? message(p) : Messages.format("problem.sentence", field, message(p));
    }

    private static String piece(String owner, String part, Context context) {
        Matcher m = INDEXED.matcher(part);
        if (m.matches()) {
            String list = m.group(1);
            int index = Integer.parseInt(m.group(2));
            return switch (list) {
                case "highlights" -> Messages.format("problem.highlight", index + 1);
                case "body" -> owner == null ? Messages.format("problem.bodyParagraph", index + 1)
                        : Messages.format("problem.paragraph", index + 1);
                case "photos" -> context.photoNumber(index);
                case "contacts" -> named("problem.contact", index, context.contactName(index));
                case "boilerplates" -> named("problem.boilerplate", index, context.boilerplateTitle(index));
                case "phones" -> Messages.format("problem.phone", index + 1);
                case "emails" -> Messages.format("problem.email.field", index + 1);
                default -> part;
            };
        }
        String key = switch (owner == null ? "" : owner) {
            case "photos" -> switch (part) {
                case "caption" -> "field.caption";
                case "credit" -> "field.credit";
                case "altText" -> "field.altText";
                case "file" -> "problem.file";
                default -> null;
            };
            case "boilerplates" -> "title".equals(part) ? "field.title" : null;
            default -> switch (part) {
                case "language" -> "field.language";
                case "issuer" -> "field.issuer";
                case "label" -> "field.label";
                case "headline" -> "field.headline";
                case "subheadline" -> "field.subheadline";
                case "highlights" -> "field.highlights";
                case "body" -> "field.body";
                case "endMark" -> "field.endMark";
                case "contactsHeading" -> "field.contactsHeading";
                case "dateline" -> "field.dateline";
                case "name" -> "field.name";
                case "organization" -> "field.organization";
                case "phones" -> "field.phones";
                case "emails" -> "field.emails";
                case "title" -> "field.title";
                default -> null;
            };
        };
        return key == null ? part : Messages.get(key);
    }

    private static String named(String key, int index, String name) {
        String n = name == null ? "" : name.strip();
        return n.isEmpty() ? Messages.format(key, index + 1) : Messages.format(key + ".named", index + 1, n);
    }
}
