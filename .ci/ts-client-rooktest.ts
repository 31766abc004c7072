// The generated client against a running demo instance (.ci/ts-client): typed calls only, and any
// error ends the process with a non-zero status.
import {
    Configuration, InitiatievenApi, KernenApi, OpenbaarApi, ResponseError, VragenApi,
} from '@kernpunt/api-client';

// Node's globals, declared here so the smoke test needs no @types/node
declare const process: { env: Record<string, string | undefined>; exit(code: number): never };

const basePath = process.env.KERNPUNT_URL + '/api/v1';
const token = process.env.KERNPUNT_TOKEN ?? '';

async function main(): Promise<void> {
    const anoniem = new Configuration({ basePath });
    const kernen = await new KernenApi(anoniem).zoekKernen({ gemeente: '0214' });
    if (kernen.resultaten.length === 0) {
        throw new Error('Buren has no kernen in the demo data');
    }
    console.log(`kernen anonymously: ${kernen.resultaten.length} (${kernen.resultaten[0].naam})`);

    const personeel = new Configuration({ basePath, accessToken: async () => token });
    const initiatieven = await new InitiatievenApi(personeel).zoekInitiatieven({ pageSize: 1 });
    const referentie = initiatieven.resultaten[0]?.referentie;
    if (!referentie) {
        throw new Error('the demo data has no initiative with a public reference');
    }
    const status = await new OpenbaarApi(anoniem).leesOpenbaarInitiatief({ referentie });
    console.log(`public status of ${referentie}: ${status.status}`);

    const vraag = await new VragenApi(personeel).registreerVraag({
        vraagNieuw: {
            kern: kernen.resultaten[0].id,
            onderwerp: 'Losse stoeptegel',
            tekst: 'Voor het dorpshuis ligt een stoeptegel los.',
            vrager: { naam: 'Inwoner uit de rooktest' },
        },
    });
    console.log(`question created: ${vraag.id}, status ${vraag.status}`);
}

main().catch(async (fout: unknown) => {
    const detail = fout instanceof ResponseError ? `${fout.response.status} ${await fout.response.text()}` : String(fout);
    console.error(`ts-client smoke test failed: ${detail}`);
    process.exit(1);
});
