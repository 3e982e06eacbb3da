package nl.inbreng.search;

import java.util.List;

/**
 * Words the Dutch analysis must know besides its own lexicon: the example words of the gemeente's themes, so that a
 * compound such as "hangjongeren" is split on them. The themes feature supplies them; search does not read themes.
 */
@FunctionalInterface
public interface ExtraWords {

    /** Lines of example words, as the themes hold them (several words per line). */
    List<String> exampleWords();
}
