package dev.aiinterview.api;

/** The overall rating of an answer. */
public enum Rating {
    POOR(1),
    FAIR(2),
    GOOD(3),
    EXCELLENT(4);

    private final int points;

    Rating(int points) {
        this.points = points;
    }

    /** 1 for {@link #POOR} up to 4 for {@link #EXCELLENT}, for averages and charts. */
    public int points() {
        return points;
    }

    /** The rating nearest to an average of {@link #points()}. */
    public static Rating nearest(double points) {
        long rounded = Math.round(Math.max(1, Math.min(4, points)));
        return values()[(int) rounded - 1];
    }
}
