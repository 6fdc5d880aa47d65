package io.presskit.app.settings;

import java.util.List;

/**
 * Where the main window was: its normal (not maximised) bounds, whether it was maximised, and the positions
 * of the dividers between list, editor and preview. {@code x}/{@code y} are NaN when unknown.
 */
public record WindowState(double x, double y, double width, double height, boolean maximized, List<Double> dividers) {
    public WindowState {
        dividers = List.copyOf(dividers);
    }
}
