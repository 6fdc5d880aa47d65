package io.presskit.model;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** For immediate release, or embargoed until an instant that carries its zone. */
public sealed interface ReleaseTiming {

    ReleaseTiming IMMEDIATE = new Immediate();

    record Immediate() implements ReleaseTiming {
    }

    /**
     * Embargoed until {@code until}. The zone is either a fixed offset (as bundles carry it) or a
     * region such as {@code America/New_York} (as the editor picks it), which prints as EDT/EST.
     */
    record Embargoed(ZonedDateTime until) implements ReleaseTiming {
        public Embargoed {
            if (until == null) {
                throw new IllegalArgumentException("embargo time is required");
            }
        }

        /**
         * The bundle form: ISO offset date-time, with the region in brackets when there is one
         * ({@code 2027-03-15T09:00:00-04:00[America/New_York]}).
         */
        public String iso() {
            String offset = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(until);
            return until.getZone().equals(until.getOffset()) ? offset : offset + "[" + until.getZone().getId() + "]";
        }
    }
}
