package org.annals.model;

/**
 * A number with its unit, as a claim states it ("11.000 container" → 11000, "container").
 *
 * @param value the number
 * @param unit  what is counted or measured, or null
 */
public record Quantity(double value, String unit) {
    public Quantity {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("value must be finite, was " + value);
        }
        unit = Checks.blankToNull(unit);
    }
}
