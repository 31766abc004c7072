package nl.kernpunt.domain.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
public final class VasteKlok extends Clock {

    private Instant nu;

    public VasteKlok(Instant start) {
        this.nu = start;
    }

    public static VasteKlok op(String moment) {
        return new VasteKlok(Instant.parse(moment));
    }

    public void verzet(Duration duur) {
        nu = nu.plus(duur);
    }

    @Override
    public Instant instant() {
        return nu;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
