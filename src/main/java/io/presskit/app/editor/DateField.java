package io.presskit.app.editor;

import io.presskit.app.TextRules;
import io.presskit.app.Ui;
import io.presskit.app.i18n.Messages;
import io.presskit.app.i18n.TypedDates;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;

/**
 * A date typed as text (the text is what counts: {@link TypedDates} reads it in the UI locale's order, and a
 * date it cannot read is marked, never dropped) with a calendar button beside it that writes the picked day
 * into the text. JavaFX's DatePicker alone would silently throw away text its converter cannot read.
 */
public final class DateField extends HBox {
    private final TextField text;
    private final DatePicker calendar = new DatePicker();
    private boolean syncing;

    public DateField(String id, String accessibleKey, StringProperty typed) {
        boolean dayFirst = Messages.dayFirst();
        text = TextRules.line(Ui.named(new TextField(), id, accessibleKey));
        text.textProperty().bindBidirectional(typed);
        text.setPromptText(TypedDates.example(dayFirst));
        text.setPrefColumnCount(9);
        text.setMinWidth(96);
        HBox.setHgrow(text, Priority.ALWAYS);
        Ui.named(calendar, id + "Calendar", "field.calendar");
        calendar.setEditable(false);
        calendar.setChronology(IsoChronology.INSTANCE);
        calendar.setShowWeekNumbers(false);
        calendar.getStyleClass().add("calendar-button");
        calendar.setFocusTraversable(false);
        calendar.valueProperty().addListener((o, was, picked) -> {
            if (!syncing && picked != null) {
                typed.set(TypedDates.format(picked, Messages.dayFirst()));
            }
        });
        typed.addListener((o, a, b) -> showInCalendar(b));
        showInCalendar(typed.get());
        setSpacing(2);
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(text, calendar);
    }

    /** The calendar opens on the typed day when it can be read (and on today when not). */
    private void showInCalendar(String typed) {
        LocalDate d = TypedDates.date(typed, Messages.dayFirst()) instanceof TypedDates.Read.Value<LocalDate> v
                ? v.value() : null;
        syncing = true;
        try {
            calendar.setValue(d);
        } finally {
            syncing = false;
        }
    }

    public TextField text() {
        return text;
    }

    public DatePicker calendar() {
        return calendar;
    }
}
