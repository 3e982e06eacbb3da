package nl.inbreng.accounts.admin;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import nl.inbreng.accounts.PasswordHasher;

import java.util.ArrayList;
import java.util.List;

/**
 * The real bcrypt hasher, which also writes down the cost of every hash it checks a password against: the work a
 * sign-in does, without a clock (timed assertions are no use on a busy machine).
 */
@Singleton
@Replaces(PasswordHasher.class)
@Requires(property = "inbreng.test.counting-hasher", value = "true")
class CountingPasswordHasher extends PasswordHasher {

    private final List<String> checked = new ArrayList<>();

    @Override
    public synchronized boolean matches(String password, String hash) {
        // "$2a$12$…": the algorithm and its cost, which decide how long the check takes
        checked.add(hash.substring(0, hash.lastIndexOf('$') + 1));
        return super.matches(password, hash);
    }

    /** The costs of the checks since the last call, and starts counting afresh. */
    synchronized List<String> takeChecked() {
        List<String> taken = List.copyOf(checked);
        checked.clear();
        return taken;
    }
}
