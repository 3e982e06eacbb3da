package nl.inbreng.accounts.admin;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminPrincipal;
import nl.inbreng.accounts.GemeenteCodes;
import nl.inbreng.accounts.GemeenteScope;
import nl.inbreng.common.Problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the gemeenten chosen for an account (codes, or the whole installation) into its scope, within what the
 * beheerder who chooses may see (ADR 0170): nobody hands out a gemeente they do not see themselves.
 */
@Singleton
class GemeenteChoice {

    private final GemeenteCodes gemeenten;

    GemeenteChoice(GemeenteCodes gemeenten) {
        this.gemeenten = gemeenten;
    }

    /** The chosen scope; nothing chosen gives the new account the chooser's own gemeenten. */
    GemeenteScope choose(@Nullable List<String> codes, @Nullable Boolean wholeInstallation, AdminPrincipal chooser,
                         List<Problem.FieldError> errors) {
        if (Boolean.TRUE.equals(wholeInstallation)) {
            if (!chooser.gemeenten().wholeInstallation()) {
                errors.add(new Problem.FieldError("wholeInstallation",
                        "U kunt alleen gemeenten kiezen waar u zelf bij hoort."));
            }
            return GemeenteScope.WHOLE_INSTALLATION;
        }
        if (codes == null || codes.isEmpty()) {
            return chooser.gemeenten();
        }
        Map<String, Long> byCode = gemeenten.idsByCode();
        Set<Long> ids = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (String code : codes) {
            Long id = code == null ? null : byCode.get(code.strip().toLowerCase(Locale.ROOT));
            if (id == null || !chooser.gemeenten().sees(id)) {
                wrong.add(String.valueOf(code));
            } else {
                ids.add(id);
            }
        }
        if (!wrong.isEmpty()) {
            errors.add(new Problem.FieldError("gemeenten", "Deze gemeente kent u niet: " + String.join(", ", wrong)
                    + ". Kies uit de gemeenten waar u zelf bij hoort."));
        }
        return GemeenteScope.of(ids);
    }

    /** The codes of the gemeenten a scope names, sorted; empty for an account of the whole installation. */
    List<String> codesOf(GemeenteScope scope) {
        return scope.gemeenteIds().stream().map(gemeenten::codeOf).flatMap(Optional::stream).sorted().toList();
    }
}
