package io.presskit.app.i18n;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class TypedDatesTest {
    private static Object date(String typed, boolean dayFirst) {
        TypedDates.Read<LocalDate> r = TypedDates.date(typed, dayFirst);
        return r instanceof TypedDates.Read.Value<LocalDate> v ? v.value() : r.getClass().getSimpleName();
    }

    private static Object time(String typed) {
        TypedDates.Read<LocalTime> r = TypedDates.time(typed);
        return r instanceof TypedDates.Read.Value<LocalTime> v ? v.value() : r.getClass().getSimpleName();
    }

    @Test
    void dayFirstAndMonthFirstReadTheSameDayFromTheirOwnOrder() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        assertEquals(d, date("30/11/2026", true));
        assertEquals(d, date("11/30/2026", false));
        assertEquals(LocalDate.of(2026, 2, 1), date("01/02/2026", true));
        assertEquals(LocalDate.of(2026, 1, 2), date("01/02/2026", false));
        assertEquals(d, date("30.11.26", true));
        assertEquals(d, date("30-11-2026", true));
    }

    @Test
    void isoChineseAndMonthNamesAreReadWhateverTheOrder() {
        LocalDate d = LocalDate.of(2026, 11, 30);
        for (boolean dayFirst : new boolean[]{true, false}) {
            assertEquals(d, date("2026-11-30", dayFirst));
            assertEquals(d, date(" 2026年11月30日 ", dayFirst));
            assertEquals(d, date("30 November 2026", dayFirst));
            assertEquals(d, date("Nov 30, 2026", dayFirst));
        }
    }

    @Test
    void whatIsNotADateIsUnreadableNeverGuessedOrRolledOver() {
        assertEquals("Unreadable", date("31/11/2026", true));
        assertEquals("Unreadable", date("30/11/2026", false), "month 30 does not exist");
        assertEquals("Unreadable", date("2026-02-29", true));
        assertEquals("Unreadable", date("next Tuesday", true));
        assertEquals("Unreadable", date("30 Novvember 2026", true));
        assertEquals("Empty", date("  ", true));
        assertInstanceOf(TypedDates.Read.Unreadable.class, TypedDates.date("31/11/2026", true));
        assertEquals("31/11/2026", ((TypedDates.Read.Unreadable<LocalDate>) TypedDates.date(" 31/11/2026", true)).text());
    }

    @Test
    void datesAreShownInTheUiOrder() {
        assertEquals("01/12/2026", TypedDates.format(LocalDate.of(2026, 12, 1), true));
        assertEquals("12/01/2026", TypedDates.format(LocalDate.of(2026, 12, 1), false));
    }

    @Test
    void timesAreReadAsPeopleWriteThem() {
        assertEquals(LocalTime.of(9, 0), time("09:00"));
        assertEquals(LocalTime.of(9, 30), time("9.30"));
        assertEquals(LocalTime.of(9, 30), time("0930"));
        assertEquals(LocalTime.of(9, 0), time("9am"));
        assertEquals(LocalTime.of(21, 30), time("9:30 PM"));
        assertEquals(LocalTime.of(0, 15), time("12:15am"));
        assertEquals(LocalTime.of(15, 0), time("下午3時"));
        assertEquals(LocalTime.of(10, 30), time("上午10:30"));
        assertEquals("Unreadable", time("25:00"));
        assertEquals("Unreadable", time("13pm"));
        assertEquals("Unreadable", time("9 o'clock"));
        assertEquals("Empty", time(""));
        assertEquals("09:05", TypedDates.format(LocalTime.of(9, 5)));
    }
}
