package it.sportello.benchmark.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JcmdTest {

    @Test
    void readsTheHeapUsedFromHeapInfo() {
        String out =
                "14100:\n garbage-first heap   total 286720K, used 121905K [0x00000000e0000000, 0x0000000100000000)\n"
                        + "  region size 1024K, 24 young (24576K), 13 survivors (13312K)\n";
        assertThat(Jcmd.heapUsedKb(out)).isEqualTo(121_905);
        assertThat(Jcmd.heapUsedKb("14100:\nAttach failed")).isEqualTo(-1);
    }
}
