package nl.inbreng.insight.admin;

import io.micronaut.core.annotation.Nullable;

/**
 * How much heavier an organisation's top three counts because of the people it speaks for: 1 + log10(size ÷ 100),
 * at least 1 and at most 3. Unknown or small constituencies count once; a wijkraad for 1,000 households twice; 10,000
 * or more three times. Logarithmic and capped so one large association cannot outweigh all residents' own votes.
 */
final class ConstituencyFactor {

    static final double MIN = 1.0;
    static final double MAX = 3.0;

    private ConstituencyFactor() {
    }

    static double of(@Nullable Integer constituencySize) {
        if (constituencySize == null || constituencySize <= 100) {
            return MIN;
        }
        double factor = 1 + Math.log10(constituencySize / 100.0);
        return Math.min(MAX, round2(factor));
    }

    /** Rounded to two decimals, as shown, so a recomputation from the screen gives the same score. */
    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
