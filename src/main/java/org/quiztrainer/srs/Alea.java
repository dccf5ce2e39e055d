package org.quiztrainer.srs;

/**
 * Johannes Baagøe's Alea generator seeded from a string, the generator ts-fsrs uses for fuzz, so
 * that a seed gives the same sequence in both. Doubles in [0, 1).
 */
final class Alea {

    private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

    private double s0;
    private double s1;
    private double s2;
    private double c = 1;

    Alea(String seed) {
        Mash mash = new Mash();
        s0 = mash.hash(" ");
        s1 = mash.hash(" ");
        s2 = mash.hash(" ");
        s0 -= mash.hash(seed);
        if (s0 < 0) {
            s0 += 1;
        }
        s1 -= mash.hash(seed);
        if (s1 < 0) {
            s1 += 1;
        }
        s2 -= mash.hash(seed);
        if (s2 < 0) {
            s2 += 1;
        }
    }

    /** The next double in [0, 1). */
    double next() {
        double t = 2091639 * s0 + c * TWO_POW_MINUS_32;
        s0 = s1;
        s1 = s2;
        c = (int) t;
        s2 = t - c;
        return s2;
    }

    /** The string hash that seeds Alea, keeping its state between calls. */
    private static final class Mash {
        private double n = 0xefc8249dL;

        double hash(String data) {
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = toUint32(h);
                h -= n;
                h *= n;
                n = toUint32(h);
                h -= n;
                n += h * 0x100000000L;
            }
            return toUint32(n) * TWO_POW_MINUS_32;
        }

        private static double toUint32(double x) {
            return (double) (((long) x) & 0xffffffffL);
        }
    }
}
