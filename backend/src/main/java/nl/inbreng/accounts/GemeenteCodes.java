package nl.inbreng.accounts;

import java.util.Map;
import java.util.Optional;

/**
 * The gemeenten's codes and ids, as far as accounts need them: a beheerder names an account's gemeenten by code, the
 * account stores their ids. The gemeenten themselves belong to areas, which answers this (so accounts does not
 * depend on areas).
 */
public interface GemeenteCodes {

    /** Every gemeente's id by its code in lower case. */
    Map<String, Long> idsByCode();

    Optional<String> codeOf(long gemeenteId);
}
