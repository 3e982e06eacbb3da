package nl.inbreng.accounts;

import jakarta.inject.Singleton;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

import java.security.SecureRandom;

/** bcrypt (cost 12) through Bouncy Castle: a slow, salted hash, so a stolen table does not yield passwords. */
@Singleton
public class PasswordHasher {

    private static final int COST = 12;
    private final SecureRandom random = new SecureRandom();

    public String hash(String password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return OpenBSDBCrypt.generate(password.toCharArray(), salt, COST);
    }

    public boolean matches(String password, String hash) {
        return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    }
}
