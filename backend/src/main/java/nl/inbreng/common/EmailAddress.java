package nl.inbreng.common;

import java.util.regex.Pattern;

/**
 * The e-mail syntax Inbreng accepts, one rule for every form: a dot-atom local part (RFC 5322, no quoted forms), an
 * '@', and a host name of letters, digits and hyphens with a top-level domain. The loose check it replaces let
 * "a@b.nl>" through, which a mail header would then carry.
 */
public final class EmailAddress {

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

    private EmailAddress() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.length() > 254) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at < 1 || at > 64 || address.indexOf('@') != at) {
            return false;
        }
        String local = address.substring(0, at);
        String[] labels = address.substring(at + 1).split("\\.", -1);
        if (!LOCAL.matcher(local).matches() || labels.length < 2) {
            return false;
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (!LABEL.matcher(labels[i]).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
