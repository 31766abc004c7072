package nl.kernpunt.bootstrap.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket: unlike an HTTP client library it sends what it is given, so a test
 * can send malformed URIs ({@code %%}), over-long lines and odd headers exactly as an attacker would.
 */
final class RuweHttp {

    record Antwoord(int status, Map<String, String> headers, String body) {

        String header(String naam) {
            return headers.get(naam.toLowerCase(Locale.ROOT));
        }
    }

    private static final int STUK = 64 * 1024;
    private static final byte[] CRLF = {'\r', '\n'};

    private final int poort;

    RuweHttp(int poort) {
        this.poort = poort;
    }

    /** Sends one request on a new connection ({@code Connection: close}) and reads the whole answer. */
    Antwoord stuur(String methode, String doel, Map<String, String> headers, byte[] body) {
        if (body == null) {
            return verstuur(methode, doel, headers, uit -> { });
        }
        Map<String, String> metLengte = new LinkedHashMap<>(headers);
        metLengte.put("Content-Length", String.valueOf(body.length));
        return verstuur(methode, doel, metLengte, uit -> uit.write(body));
    }

    /** As {@link #stuur}, with the body in chunks of 64 KB and no Content-Length, as a streaming client sends it. */
    Antwoord stuurInStukken(String methode, String doel, Map<String, String> headers, byte[] body) {
        Map<String, String> geknipt = new LinkedHashMap<>(headers);
        geknipt.put("Transfer-Encoding", "chunked");
        return verstuur(methode, doel, geknipt, uit -> {
            for (int begin = 0; begin < body.length; begin += STUK) {
                int lengte = Math.min(STUK, body.length - begin);
                uit.write((Integer.toHexString(lengte) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                uit.write(body, begin, lengte);
                uit.write(CRLF);
            }
            uit.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        });
    }

    private interface Body {
        void schrijf(OutputStream uit) throws IOException;
    }

    private Antwoord verstuur(String methode, String doel, Map<String, String> headers, Body body) {
        try (Socket socket = new Socket("localhost", poort)) {
            socket.setSoTimeout(30_000);
            StringBuilder kop = new StringBuilder(methode).append(' ').append(doel).append(" HTTP/1.1\r\n")
                    .append("Host: localhost:").append(poort).append("\r\nConnection: close\r\n");
            headers.forEach((naam, waarde) -> kop.append(naam).append(": ").append(waarde).append("\r\n"));
            kop.append("\r\n");
            OutputStream uit = socket.getOutputStream();
            uit.write(kop.toString().getBytes(StandardCharsets.UTF_8));
            try {
                body.schrijf(uit);
                uit.flush();
            } catch (SocketException vroegAntwoord) {
                // a server may refuse a body it will not take (413) and close before the body is all sent,
                // as HTTP allows; what counts is the answer it sent first
            }
            return lees(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(methode + " " + afgekort(doel), e);
        }
    }

    private static Antwoord lees(InputStream in) throws IOException {
        ByteArrayOutputStream alles = new ByteArrayOutputStream();
        try {
            in.transferTo(alles);
        } catch (IOException e) {
            // the server may reset the connection right after answering a request it refused
            if (alles.size() == 0) {
                throw e;
            }
        }
        byte[] bytes = alles.toByteArray();
        String kop = new String(bytes, StandardCharsets.ISO_8859_1);
        int einde = kop.indexOf("\r\n\r\n");
        String[] regels = (einde < 0 ? kop : kop.substring(0, einde)).split("\r\n");
        int status = Integer.parseInt(regels[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dubbelepunt = regels[i].indexOf(':');
            if (dubbelepunt > 0) {
                headers.merge(regels[i].substring(0, dubbelepunt).trim().toLowerCase(Locale.ROOT),
                        regels[i].substring(dubbelepunt + 1).trim(), (a, b) -> a + ", " + b);
            }
        }
        int begin = einde < 0 ? bytes.length : einde + 4;
        byte[] body = Arrays.copyOfRange(bytes, begin, bytes.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = ontknip(body);
        }
        return new Antwoord(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] ontknip(byte[] stukken) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String tekst = new String(stukken, StandardCharsets.ISO_8859_1);
        int positie = 0;
        while (positie < stukken.length) {
            int regeleinde = tekst.indexOf("\r\n", positie);
            if (regeleinde < 0) {
                break;
            }
            int lengte = Integer.parseInt(tekst.substring(positie, regeleinde).split(";")[0].trim(), 16);
            if (lengte == 0) {
                break;
            }
            int begin = regeleinde + 2;
            body.write(stukken, begin, Math.min(lengte, stukken.length - begin));
            positie = begin + lengte + 2;
        }
        return body.toByteArray();
    }

    static String afgekort(String tekst) {
        return tekst.length() <= 120 ? tekst : tekst.substring(0, 120) + "…(" + tekst.length() + ")";
    }
}
