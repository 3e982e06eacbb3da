package nl.inbreng.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares, once per admin controller (or per method where one differs), which roles may call it. An empty list
 * means any signed-in admin user. A route under /api/admin/ without this annotation is refused to everybody, so a
 * forgotten declaration fails closed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    Role[] value() default {};
}
