package nl.kernpunt.domain.subsidie;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.kernpunt.domain.gedeeld.Invoer;
import nl.kernpunt.domain.gedeeld.OngeldigeWaarde;

/**
 * An amount in euros, exact: whole cents in a {@code long}, never a floating point. Written as the
 * contract writes it, {@code 2000.00}. Never negative.
 */
public record Bedrag(long centen) implements Comparable<Bedrag> {

    public static final Bedrag NUL = new Bedrag(0);

    /** Two decimals, at most 999,999,999.99: amounts in a municipal grant scheme, not a budget of state. */
    private static final Pattern TEKST = Pattern.compile("(0|[1-9][0-9]{0,8})\\.[0-9]{2}");

    public Bedrag {
        if (centen < 0) {
            throw new IllegalArgumentException("Een bedrag is nooit negatief: " + centen);
        }
    }

    public static Bedrag euro(long euro) {
        return new Bedrag(Math.multiplyExact(euro, 100));
    }

    /** From the contract's text ({@code 100.00}); anything else is the client's input error on {@code veld}. */
    public static Bedrag van(String veld, String tekst) {
        if (tekst == null || !TEKST.matcher(tekst).matches()) {
            throw new OngeldigeWaarde(veld, "ongeldig-bedrag", "moet een bedrag in euro zijn met twee decimalen, zoals 100.00");
        }
        return new Bedrag(new BigDecimal(tekst).movePointRight(2).longValueExact());
    }

    /** A required amount of more than nothing: a cost line, a grant, a scheme's amount. */
    public static Bedrag positief(String veld, Bedrag bedrag) {
        Invoer.nietNull(veld, bedrag);
        if (bedrag.isNul()) {
            throw new OngeldigeWaarde(veld, "niet-positief", "moet meer dan 0.00 zijn");
        }
        return bedrag;
    }

    public Bedrag plus(Bedrag ander) {
        return new Bedrag(Math.addExact(centen, ander.centen));
    }

    /** What is left of this amount after {@code ander}; nothing when {@code ander} is more. */
    public Bedrag rest(Bedrag ander) {
        return new Bedrag(Math.max(0, centen - ander.centen));
    }

    public Bedrag maal(long factor) {
        return new Bedrag(Math.multiplyExact(centen, factor));
    }

    public boolean isMeerDan(Bedrag ander) {
        return centen > ander.centen;
    }

    public boolean isNul() {
        return centen == 0;
    }

    /** As the contract writes it: {@code 2000.00}. */
    public String tekst() {
        return BigDecimal.valueOf(centen, 2).toPlainString();
    }

    @Override
    public int compareTo(Bedrag ander) {
        return Long.compare(centen, ander.centen);
    }

    @Override
    public String toString() {
        return "EUR " + tekst();
    }
}
