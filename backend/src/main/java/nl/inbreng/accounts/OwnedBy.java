package nl.inbreng.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says what the {@code {id}} path variable of an admin route names, so the access filter can answer 404 when it
 * belongs to a gemeente the account does not see (ADR 0170). An admin route with an {@code {id}} and no declaration is
 * refused to everybody, so a forgotten declaration fails closed. A method's declaration replaces its controller's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface OwnedBy {

    Owner value();
}
