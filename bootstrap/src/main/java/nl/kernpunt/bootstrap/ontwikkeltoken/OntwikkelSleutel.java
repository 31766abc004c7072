package nl.kernpunt.bootstrap.ontwikkeltoken;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import nl.kernpunt.bootstrap.start.Startinstelling;

/**
 * An RSA key pair kept as two PEM files, so a developer gets working tokens without an identity
 * provider: {@code private-key.pem} (PKCS#8) signs, {@code public-key.pem} (X.509
 * SubjectPublicKeyInfo) is what the service verifies with.
 */
public final class OntwikkelSleutel {

    /** The issuer of every token this key signs; the service expects it whenever it trusts this key. */
    public static final String ISSUER = "kernpunt-dev";

    private static final String PRIVATE_KEY_FILE = "private-key.pem";
    private static final String PUBLIC_KEY_FILE = "public-key.pem";
    private static final String PRIVATE_PEM_TYPE = "PRIVATE KEY";
    private static final String PUBLIC_PEM_TYPE = "PUBLIC KEY";

    private final Path publicKeyFile;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final boolean nieuw;

    private OntwikkelSleutel(Path publicKeyFile, PrivateKey privateKey, PublicKey publicKey, boolean nieuw) {
        this.publicKeyFile = publicKeyFile;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        this.nieuw = nieuw;
    }

    /** The pair the service and the token command share: {@code <data-dir>/dev-jwt}. */
    public static OntwikkelSleutel standaard() {
        return in(standaardMap());
    }

    /** Where {@link #standaard()} keeps its public key, without generating anything. */
    public static Path standaardPublicKeyFile() {
        return standaardMap().resolve(PUBLIC_KEY_FILE);
    }

    private static Path standaardMap() {
        return Startinstelling.dataMap().resolve("dev-jwt");
    }

    /** The key pair in this directory; a new one is generated and written there first when it is missing. */
    public static OntwikkelSleutel in(Path map) {
        Path privatePad = map.resolve(PRIVATE_KEY_FILE);
        Path publicPad = map.resolve(PUBLIC_KEY_FILE);
        try {
            if (Files.isRegularFile(privatePad) && Files.isRegularFile(publicPad)) {
                return new OntwikkelSleutel(publicPad.toAbsolutePath(), leesPrivateKey(privatePad), leesPublicKey(publicPad), false);
            }
            KeyPair paar = genereer();
            schrijf(map, privatePad, publicPad, paar);
            return new OntwikkelSleutel(publicPad.toAbsolutePath(), paar.getPrivate(), paar.getPublic(), true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the development key in " + map, e);
        }
    }

    /** A fresh RSA 2048 key pair, the size RS256 verifiers require at least. */
    public static KeyPair genereer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    public Path publicKeyFile() {
        return publicKeyFile;
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** Whether {@link #in(Path)} generated this pair rather than loading it. */
    public boolean isNieuw() {
        return nieuw;
    }

    private static void schrijf(Path map, Path privatePad, Path publicPad, KeyPair paar) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(map, posix ? alleenEigenaar("rwx------") : new FileAttribute<?>[0]);
        // the private key must never be readable by other users, so it is created with those rights
        Files.deleteIfExists(privatePad);
        Files.createFile(privatePad, posix ? alleenEigenaar("rw-------") : new FileAttribute<?>[0]);
        Files.writeString(privatePad, pem(PRIVATE_PEM_TYPE, paar.getPrivate().getEncoded()));
        Files.writeString(publicPad, pem(PUBLIC_PEM_TYPE, paar.getPublic().getEncoded()));
    }

    private static FileAttribute<?>[] alleenEigenaar(String rechten) {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(rechten))};
    }

    private static PrivateKey leesPrivateKey(Path pad) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(uitPem(PRIVATE_PEM_TYPE, pad)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(pad + " holds no PKCS#8 RSA private key; delete both key files to get a new pair", e);
        }
    }

    private static PublicKey leesPublicKey(Path pad) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(uitPem(PUBLIC_PEM_TYPE, pad)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(pad + " holds no X.509 RSA public key; delete both key files to get a new pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }

    private static byte[] uitPem(String type, Path pad) throws IOException {
        String tekst = Files.readString(pad, StandardCharsets.US_ASCII);
        int begin = tekst.indexOf("-----BEGIN " + type + "-----");
        int einde = tekst.indexOf("-----END " + type + "-----");
        if (begin < 0 || einde < begin) {
            throw new IOException(pad + " is not a PEM file of type " + type);
        }
        String base64 = tekst.substring(begin + type.length() + 16, einde);
        return Base64.getMimeDecoder().decode(base64);
    }
}
