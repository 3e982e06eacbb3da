package nl.inbreng.accounts;

/**
 * Thrown when a request names something of a gemeente its account does not see; answered exactly as "not found"
 * (ADR 0170), so an id tells nothing about other gemeenten.
 */
public final class OutOfScope extends RuntimeException {

    public OutOfScope(Owner owner) {
        super(owner + " outside the account's gemeenten", null, false, false);
    }
}
