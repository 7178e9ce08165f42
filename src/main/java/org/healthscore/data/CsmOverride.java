package org.healthscore.data;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A CSM's correction of one account's health: its band, or one metric's points, with the reason. It is data
 * beside the model, never part of it: it applies to the account from {@code startsOn} until {@code until}
 * (exclusive) or until it is removed, whichever is first, and only on the days the account is scored as of, so a
 * backtest sees the overrides that held then. Days are epoch days.
 *
 * @param id        the workspace's number for it (0 before it is stored)
 * @param removedOn the day it was removed from, or {@link AccountTable#NO_DAY} while it stands
 * @param createdAt when it was written down (an instant, for the record; the days above decide where it applies)
 */
public record CsmOverride(long id, String accountId, Change change, String note, String author, int startsOn,
                          int until, int removedOn, String removedBy, String createdAt) {

    /** What the override changes. */
    public sealed interface Change permits BandChange, PointsChange {
        /** "band Green" or "usage 8.0 points": how a list shows it. */
        String describe();
    }

    /** The account's band is this one, whatever its score says. */
    public record BandChange(String band) implements Change {
        public BandChange {
            Objects.requireNonNull(band, "band");
        }

        @Override
        public String describe() {
            return "band " + band;
        }
    }

    /** One metric's points (0–10) for the account are these; its score and band follow. */
    public record PointsChange(String metricKey, double points) implements Change {
        public PointsChange {
            Objects.requireNonNull(metricKey, "metricKey");
            if (!(points >= 0 && points <= 10)) {
                throw new IllegalArgumentException("points are 0 to 10, not " + points);
            }
        }

        @Override
        public String describe() {
            return String.format(java.util.Locale.ROOT, "%s %s points", metricKey,
                    points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points));
        }
    }

    /** Where an override stands on one day. */
    public enum Status {
        /** Written for a later day than this. */
        NOT_YET("not yet"),
        ACTIVE("active"),
        EXPIRED("expired"),
        REMOVED("removed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public CsmOverride {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(change, "change");
        if (note == null || note.isBlank()) {
            throw new IllegalArgumentException("an override needs a note saying why");
        }
        if (until <= startsOn) {
            throw new IllegalArgumentException("an override must end after it starts");
        }
        author = author == null ? "" : author;
        removedBy = removedBy == null ? "" : removedBy;
        createdAt = createdAt == null ? "" : createdAt;
    }

    /** Removal wins over expiry: an override removed before it expired is listed as removed. */
    public Status statusOn(int day) {
        if (removedOn != AccountTable.NO_DAY && day >= removedOn) {
            return Status.REMOVED;
        }
        if (day < startsOn) {
            return Status.NOT_YET;
        }
        return day < until ? Status.ACTIVE : Status.EXPIRED;
    }

    public boolean appliesOn(int day) {
        return statusOn(day) == Status.ACTIVE;
    }

    public boolean removed() {
        return removedOn != AccountTable.NO_DAY;
    }

    /** The same override, removed from {@code day} by {@code who}. */
    public CsmOverride removedFrom(int day, String who) {
        return new CsmOverride(id, accountId, change, note, author, startsOn, until, day, who, createdAt);
    }

    public CsmOverride withId(long newId) {
        return new CsmOverride(newId, accountId, change, note, author, startsOn, until, removedOn, removedBy,
                createdAt);
    }

    public static String date(int epochDay) {
        return epochDay == AccountTable.NO_DAY ? "" : LocalDate.ofEpochDay(epochDay).toString();
    }
}
