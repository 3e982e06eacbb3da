package nl.inbreng.rounds;

import java.util.List;

/**
 * The respondent groups (by name) that a round with this doelgroep takes input from. Inputs and their groups belong
 * to submissions, which answers this (RoundOfInput); rounds only shows it, so it asks through this interface.
 */
public interface RespondentGroups {

    List<String> of(Round.Doelgroep doelgroep);
}
