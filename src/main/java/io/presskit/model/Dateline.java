package io.presskit.model;

import java.time.LocalDate;

/** The place and date printed at the head of the first body paragraph. */
public record Dateline(String place, LocalDate date) {
}
