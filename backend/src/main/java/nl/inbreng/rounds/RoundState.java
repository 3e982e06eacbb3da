package nl.inbreng.rounds;

import java.time.LocalDateTime;

/** Where a round stands in time. */
public enum RoundState {
    NOT_YET_OPEN, OPEN, CLOSED;

    public static RoundState of(Round round, LocalDateTime now) {
        if (now.isBefore(round.opensAt())) {
            return NOT_YET_OPEN;
        }
        return round.isOpenAt(now) ? OPEN : CLOSED;
    }
}
