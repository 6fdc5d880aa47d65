package io.presskit.app.editor;

import io.presskit.app.i18n.Messages;
import io.presskit.app.i18n.TypedDates;
import io.presskit.model.Dateline;
import io.presskit.model.Problem;
import io.presskit.model.Release;
import io.presskit.model.ReleaseTiming;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the form as typed into a release that can be stored. A value the model cannot hold (a date the field
 * cannot read, an embargo without a date) is not guessed: the release keeps the last stored value for it,
 * the field is marked, and the typed text is kept so that it can be put back (see {@link #unstored()}).
 */
public record DraftReading(Release release, List<Problem> unreadable, Map<String, String> unstored, String embargoUtc) {
    private static final DateTimeFormatter UTC_SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** Field keys of {@link #unstored()}: what is put back into the form when the release is opened again. */
    public static final String EMBARGOED = "embargoed";
    public static final String EMBARGO_DATE = "embargoDate";
    public static final String EMBARGO_TIME = "embargoTime";
    public static final String EMBARGO_ZONE = "embargoZone";
    public static final String DATELINE_DATE = "datelineDate";

    /** Reads {@code form}; {@code stored} is the release as last stored (its values stand in for unreadable ones). */
    public static DraftReading read(EditorState form, Release stored, boolean dayFirst) {
        List<Problem> unreadable = new ArrayList<>();
        Map<String, String> unstored = new LinkedHashMap<>();
        ReleaseTiming timing = ReleaseTiming.IMMEDIATE;
        String utc = "";
        if (form.embargoed()) {
            ZonedDateTime until = embargo(form, dayFirst, unreadable, unstored);
            if (until != null) {
                timing = new ReleaseTiming.Embargoed(until);
                utc = UTC_SHOWN.format(until.withZoneSameInstant(ZoneOffset.UTC));
            } else {
                timing = stored == null ? ReleaseTiming.IMMEDIATE : stored.timing();
                unstored.put(EMBARGOED, "true");
            }
        }
        Dateline dateline = null;
        TypedDates.Read<LocalDate> date = TypedDates.date(form.datelineDate(), dayFirst);
        LocalDate datelineDate = readDate(date, "dateline.date", DATELINE_DATE, dayFirst, unreadable, unstored);
        if (date instanceof TypedDates.Read.Unreadable<LocalDate>) {
            datelineDate = stored == null || stored.dateline() == null ? null : stored.dateline().date();
        }
        if (!form.datelinePlace().isBlank() || datelineDate != null) {
            dateline = new Dateline(form.datelinePlace().strip(), datelineDate);
        }
        Release r = new Release(form.language().strip(), form.issuer(), form.label(), timing, form.headline().strip(),
                form.subheadline(), form.highlights(), dateline, ParagraphText.split(form.body()), form.endMark(), form.photos(),
                form.boilerplates(), form.contactsHeading(), form.contacts());
        return new DraftReading(r, List.copyOf(unreadable), Map.copyOf(unstored), utc);
    }

    /** The date typed, or null; a date that cannot be read is marked at {@code field} and kept under {@code key}. */
    private static LocalDate readDate(TypedDates.Read<LocalDate> typed, String field, String key, boolean dayFirst,
                                      List<Problem> unreadable, Map<String, String> unstored) {
        if (typed instanceof TypedDates.Read.Value<LocalDate> v) {
            return v.value();
        }
        if (typed instanceof TypedDates.Read.Unreadable<LocalDate> u) {
            unreadable.add(new Problem(field, Messages.format("problem.dateUnreadable", u.text(), TypedDates.example(dayFirst))));
            unstored.put(key, u.text());
        }
        return null;
    }

    private static ZonedDateTime embargo(EditorState form, boolean dayFirst, List<Problem> unreadable,
                                         Map<String, String> unstored) {
        TypedDates.Read<LocalDate> typedDate = TypedDates.date(form.embargoDate(), dayFirst);
        LocalDate date = readDate(typedDate, "release.until", EMBARGO_DATE, dayFirst, unreadable, unstored);
        if (typedDate instanceof TypedDates.Read.Empty<LocalDate>) {
            unreadable.add(new Problem("release.until", Messages.get("problem.embargoNeedsDate")));
        }
        LocalTime time = null;
        TypedDates.Read<LocalTime> typedTime = TypedDates.time(form.embargoTime());
        if (typedTime instanceof TypedDates.Read.Value<LocalTime> v) {
            time = v.value();
        } else if (typedTime instanceof TypedDates.Read.Unreadable<LocalTime> u) {
            unreadable.add(new Problem("release.until.time", Messages.format("problem.timeUnreadable", u.text())));
            unstored.put(EMBARGO_TIME, u.text());
        } else {
            unreadable.add(new Problem("release.until.time", Messages.get("problem.embargoNeedsTime")));
        }
        ZoneId zone = null;
        try {
            if (form.embargoZone().isBlank()) {
                unreadable.add(new Problem("release.until.zone", Messages.get("problem.embargoNeedsZone")));
            } else {
                zone = ZoneId.of(form.embargoZone().strip());
            }
        } catch (DateTimeException e) {
            unreadable.add(new Problem("release.until.zone", Messages.format("problem.zoneUnreadable", form.embargoZone())));
            unstored.put(EMBARGO_ZONE, form.embargoZone());
        }
        if (date == null || time == null || zone == null) {
            return null;
        }
        return ZonedDateTime.of(date, time, zone);
    }
}
