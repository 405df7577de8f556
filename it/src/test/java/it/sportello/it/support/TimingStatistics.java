package it.sportello.it.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Compares two samples of response times without assuming a distribution (Mann-Whitney U, normal approximation). */
public final class TimingStatistics {

    private TimingStatistics() {}

    /** The z score of the Mann-Whitney U test: near 0 when neither sample tends to be slower. */
    public static double mannWhitneyZ(long[] a, long[] b) {
        List<double[]> all = new ArrayList<>();
        for (long x : a) {
            all.add(new double[] {x, 0});
        }
        for (long y : b) {
            all.add(new double[] {y, 1});
        }
        all.sort((p, q) -> Double.compare(p[0], q[0]));
        double rankSumA = 0;
        int i = 0;
        while (i < all.size()) {
            int j = i;
            while (j + 1 < all.size() && all.get(j + 1)[0] == all.get(i)[0]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (all.get(k)[1] == 0) {
                    rankSumA += rank;
                }
            }
            i = j + 1;
        }
        double n1 = a.length;
        double n2 = b.length;
        double u = rankSumA - n1 * (n1 + 1) / 2;
        double mean = n1 * n2 / 2;
        double sd = Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
        return (u - mean) / sd;
    }

    public static long median(long[] sample) {
        long[] sorted = sample.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
