package nl.kernpunt.application.begroting.port.in;

/** Codes issued in a round and ballots cast with them: the turnout. */
public record Stemcijfers(long codesUitgegeven, long stemmenUitgebracht) {
}
