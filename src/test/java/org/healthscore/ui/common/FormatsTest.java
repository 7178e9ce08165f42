package org.healthscore.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void moneyReadsAsACsLeaderWritesIt() {
        assertEquals("$39k", Formats.money(39_400));
        assertEquals("$21.6M", Formats.money(21_640_000));
        assertEquals("$15.2B", Formats.money(15_230_000_000.0));
        assertEquals("—", Formats.money(Double.NaN));
    }

    @Test
    void aChangeOfMoneyCarriesItsSignInFront() {
        assertEquals("+$1.2M", Formats.moneyChange(1_240_000));
        assertEquals("-$600k", Formats.moneyChange(-600_000));
        assertEquals("-$2.3B", Formats.moneyChange(-2_300_000_000.0));
    }

    @Test
    void oneAccountIsSingular() {
        assertEquals("1 account", Formats.accounts(1));
        assertEquals("0 accounts", Formats.accounts(0));
        assertEquals("2,000 accounts", Formats.accounts(2000));
    }
}
