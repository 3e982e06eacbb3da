package nl.inbreng.testing;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.AdminUser;
import nl.inbreng.accounts.AdminUserRepository;
import nl.inbreng.accounts.AdminUserRole;
import nl.inbreng.accounts.AdminUserRoleRepository;
import nl.inbreng.accounts.PasswordHasher;
import nl.inbreng.accounts.Role;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test helper, injected like any bean ({@code @Inject AdminLogin adminLogin}): creates an admin user with the given
 * roles and signs in through the real login endpoint.
 * Usage: {@code AdminLogin.Session s = adminLogin.signInAs(Role.ANALIST); client.exchange(s.authorize(HttpRequest.GET(...)))}.
 */
@Singleton
public final class AdminLogin {

    public static final String PASSWORD = "test-wachtwoord-lang-genoeg";
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final HttpClient client;
    private final AdminUserRepository users;
    private final AdminUserRoleRepository roles;
    private final String passwordHash;
    private final DataSource dataSource;

    AdminLogin(@Client("/") HttpClient client, AdminUserRepository users, AdminUserRoleRepository roles, PasswordHasher hasher,
               DataSource dataSource) {
        this.client = client;
        // the application's own database: a test with a schema of its own (the demo) must find the rows there
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.users = users;
        this.roles = roles;
        this.passwordHash = hasher.hash(PASSWORD);
    }

    /**
     * A fresh user (unique name) with exactly these roles, signed in. It sees the whole installation, as every account
     * did before tenancy (ADR 0170), because the tests share one schema with many gemeenten.
     */
    public Session signInAs(Role... userRoles) {
        String username = uniqueUsername("test");
        createUser(username, userRoles);
        return logIn(username, PASSWORD);
    }

    /** A fresh user with these roles that belongs to these gemeenten only, signed in. */
    public Session signInAsIn(List<Long> gemeenteIds, Role... userRoles) {
        String username = uniqueUsername("test");
        createUser(username, gemeenteIds, userRoles);
        return logIn(username, PASSWORD);
    }

    /** A name no other test uses, for users that a journey signs in with through the form. */
    public static String uniqueUsername(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + COUNTER.incrementAndGet();
    }

    /** A user of the whole installation with the password {@link #PASSWORD}, not signed in. */
    public AdminUser createUser(String username, Role... userRoles) {
        List<Long> whole = new ArrayList<>();
        whole.add(null);
        return createUser(username, whole, userRoles);
    }

    /** A user of these gemeenten; a null id stands for the whole installation. */
    public AdminUser createUser(String username, List<Long> gemeenteIds, Role... userRoles) {
        AdminUser user = users.save(new AdminUser(null, username, passwordHash, null, true, 0, null, LocalDateTime.now()));
        for (Role role : userRoles) {
            roles.save(new AdminUserRole(null, user.id(), role));
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO admin_user_gemeente (user_id, gemeente_id) VALUES (?, ?)")) {
            for (Long gemeenteId : gemeenteIds) {
                insert.setLong(1, user.id());
                insert.setObject(2, gemeenteId);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return user;
    }

    public Session logIn(String username, String password) {
        HttpResponse<Map<String, Object>> response = client.toBlocking().exchange(
                HttpRequest.POST("/api/admin/login", Map.of("username", username, "password", password)),
                Argument.mapOf(String.class, Object.class));
        Cookie cookie = response.getCookie("INBRENG_ADMIN").orElseThrow();
        return new Session(cookie.getValue(), (String) response.body().get("csrfToken"));
    }

    /** A signed-in session: add it to requests with {@link #authorize} (cookie and CSRF header). */
    public record Session(String cookie, String csrfToken) {

        public <T> MutableHttpRequest<T> authorize(MutableHttpRequest<T> request) {
            return withoutCsrf(request).header("X-CSRF-Token", csrfToken);
        }

        public <T> MutableHttpRequest<T> withoutCsrf(MutableHttpRequest<T> request) {
            return request.cookie(Cookie.of("INBRENG_ADMIN", cookie));
        }
    }
}
