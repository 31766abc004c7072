package nl.kernpunt.application.bedrijfsvoering.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.kernpunt.application.bedrijfsvoering.Bedrijfscijfers;
import nl.kernpunt.domain.gemeente.Gemeentecode;

/** Counts the figures for every gemeente at once, so a scrape costs a few aggregate queries. */
public interface BedrijfscijfersBron {

    /**
     * @param nu      questions whose running deadline lies before this are overdue
     * @param vandaag open agreements due before this day are overdue
     */
    Map<Gemeentecode, Bedrijfscijfers> tel(Instant nu, LocalDate vandaag);
}
