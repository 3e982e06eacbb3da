package nl.inbreng.accounts.admin;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The session cookie is Secure by default (the product runs behind TLS); INBRENG_ADMIN_SECURE_COOKIE=false is only
 * for a plain-HTTP trial on another host than localhost, where browsers would drop a Secure cookie.
 */
@ConfigurationProperties("inbreng.admin")
record AdminCookieSettings(@Bindable(defaultValue = "true") boolean secureCookie) {

    boolean secure() {
        return secureCookie;
    }
}
