package nl.inbreng.accounts.admin;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminPrincipal;

import java.util.Optional;

/** Lets admin controllers take the signed-in {@link AdminPrincipal} as a method parameter. */
@Singleton
class AdminPrincipalBinder implements TypedRequestArgumentBinder<AdminPrincipal> {

    @Override
    public BindingResult<AdminPrincipal> bind(ArgumentConversionContext<AdminPrincipal> context, HttpRequest<?> source) {
        Optional<AdminPrincipal> principal = source.getAttribute(AdminAccessFilter.PRINCIPAL_ATTRIBUTE, AdminPrincipal.class);
        return () -> principal;
    }

    @Override
    public Argument<AdminPrincipal> argumentType() {
        return Argument.of(AdminPrincipal.class);
    }
}
