package irpcheck.e2e;

import irpcheck.source.SourceFile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bundled ndis library holds as many sends with the miniport as models put there: write5x_n with three
 * writes once broke `Bounds` inside the library (a send queue of 2, walks counting to 2), an artefact
 * that hid nothing but stopped every path through it.
 */
class NdisLibraryTest {

    private static final String THREE_SENDS = """
            model sends;
            import wdm;
            import ndis;
            pool Irp[1];
            pool NdisPacket[3];
            pool NdisBinding[1];
            var Done: 0..3;
            routine SendComplete(context: ptr, pkt: NdisPacket, status: NdisStatus) {
                NdisFreePacket(pkt);
                Done += 1;
            }
            system thread Protocol {
                let b: NdisBinding = NdisOpenAdapter(null, SendComplete, null);
                let p1: NdisPacket = NdisAllocatePacket();
                let p2: NdisPacket = NdisAllocatePacket();
                let p3: NdisPacket = NdisAllocatePacket();
                NdisSendPackets(b, p1);
                NdisSendPackets(b, p2);
                NdisSendPackets(b, p3);
                NdisCancelSendPackets(b, 0);
                NdisMiniportCompleteSend(b);
                NdisMiniportCompleteSend(b);
                NdisMiniportCompleteSend(b);
            }
            invariant EverySendCompletesOnce: Done <= 3;
            """;

    @Test
    void threeSendsWithTheMiniportAreWalkedAndCompleted() {
        var result = Checks.explore(Checks.load(new SourceFile("sends.irp", THREE_SENDS)), true);
        assertEquals("holds", Checks.outcome(result));
    }

    @Test
    void theSendQueueIsSizedByAConstantAModelCanRaise() {
        var m = new irpcheck.lang.compile.ModelLoader().load(new SourceFile("sends.irp", THREE_SENDS), null,
                Map.of("NDIS_MAX_PENDING_SENDS", 2L), new irpcheck.source.Diagnostics());
        assertEquals("violation Bounds", Checks.outcome(Checks.explore(m, false)),
                "with room for two sends, the third overflows the queue");
    }
}
