"""Generator's hypergeometric draws, value for value: one count, and the multivariate ones.

``Generator.hypergeometric(ngood, nbad, nsample)`` counts the good items in a
sample of nsample drawn without replacement from ngood good and nbad bad ones.
NumPy's Generator (unlike the legacy RandomState) draws it in one of two ways:

- a sample of fewer than 10, or leaving fewer than 10 behind, is drawn from
  the urn item by item: of r items left, g of them good, an item is good when
  ``random_interval(r - 1) < g``. The smaller of the sample and its complement
  is drawn, and the loop stops once no good (or only good) items are left;
- any other sample by HRUA, Stadlober's ratio of uniforms (1989, 1990), with
  ``log k!`` from a table below 126 and Stirling's series above it.

>>> from tinynet.random.pcg64 import PCG64
>>> hypergeometric(PCG64(0), 10, 5, 8), hypergeometric(PCG64(0), 100, 200, 50)
(6, 14)

``multivariate_hypergeometric`` draws a sample from an urn of several colours,
either colour by colour as hypergeometric counts (``'marginals'``) or by
shuffling the first nsample places of the urn (``'count'``).
"""

import math

from tinynet.random.bounded import random_interval

__all__ = ['logfactorial', 'hypergeometric', 'marginals_rows', 'count_rows']

# log(k!) for k = 0 .. 125, each the double nearest the exact value
_LOG_FACTORIALS = (
    0.0, 0.0, 0.6931471805599453, 1.791759469228055,
    3.1780538303479458, 4.787491742782046, 6.579251212010101, 8.525161361065415,
    10.60460290274525, 12.801827480081469, 15.104412573075516, 17.502307845873887,
    19.987214495661885, 22.552163853123425, 25.19122118273868, 27.89927138384089,
    30.671860106080672, 33.50507345013689, 36.39544520803305, 39.339884187199495,
    42.335616460753485, 45.38013889847691, 48.47118135183523, 51.60667556776438,
    54.78472939811232, 58.00360522298052, 61.261701761002, 64.55753862700634,
    67.88974313718154, 71.25703896716801, 74.65823634883016, 78.0922235533153,
    81.55795945611504, 85.05446701758152, 88.58082754219768, 92.1361756036871,
    95.7196945421432, 99.33061245478743, 102.96819861451381, 106.63176026064346,
    110.32063971475739, 114.0342117814617, 117.77188139974507, 121.53308151543864,
    125.3172711493569, 129.12393363912722, 132.95257503561632, 136.80272263732635,
    140.67392364823425, 144.5657439463449, 148.47776695177302, 152.40959258449735,
    156.3608363030788, 160.3311282166309, 164.32011226319517, 168.32744544842765,
    172.3527971391628, 176.39584840699735, 180.45629141754378, 184.53382886144948,
    188.6281734236716, 192.7390472878449, 196.86618167289, 201.00931639928152,
    205.1681994826412, 209.34258675253685, 213.53224149456327, 217.73693411395422,
    221.95644181913033, 226.1905483237276, 230.43904356577696, 234.70172344281826,
    238.97838956183432, 243.2688490029827, 247.57291409618688, 251.8904022097232,
    256.22113555000954, 260.5649409718632, 264.9216497985528, 269.2910976510198,
    273.6731242856937, 278.0675734403661, 282.4742926876304, 286.893133295427,
    291.3239500942703, 295.76660135076065, 300.22094864701415, 304.6868567656687,
    309.1641935801469, 313.65282994987905, 318.1526396202093, 322.66349912672615,
    327.1852877037752, 331.7178871969285, 336.26118197919845, 340.815058870799,
    345.37940706226686, 349.95411804077025, 354.5390855194408, 359.1342053695754,
    363.73937555556347, 368.35449607240474, 372.979468885689, 377.61419787391867,
    382.25858877306, 386.91254912321756, 391.5759882173296, 396.24881705179155,
    400.93094827891576, 405.6222961611449, 410.32277652693733, 415.03230672824964,
    419.7508055995447, 424.4781934182571, 429.21439186665157, 433.9593239950148,
    438.71291418612117, 443.47508812091894, 448.2457727453846, 453.0248962384961,
    457.81238798127816, 462.6081785268749, 467.4121995716082, 472.2243839269806,
    477.04466549258564, 481.87297922988796,
)
_HALF_LN_2PI = 0.9189385332046728   # ln(2 pi) / 2
_D1 = 1.7155277699214135            # 2 sqrt(2 / e)
_D2 = 0.8989161620588988            # 3 - 2 sqrt(3 / e)


def logfactorial(k):
    """Return log(k!) as NumPy's Generator computes it: a table below 126, then Stirling's series.

    Past the table, log(k!) = (k + 1/2) ln k - k + (ln(2 pi) / 2 + (1/k) (1/12 - 1 / (360 k**2))),
    summed in that order (within 2 ulp of the exact value).

    >>> logfactorial(5) == math.log(120)
    True
    >>> abs(logfactorial(200) - math.lgamma(201)) < 1e-12
    True
    """
    if k < 126:
        return _LOG_FACTORIALS[k]
    return (k + 0.5) * math.log(k) - k + (_HALF_LN_2PI + (1.0 / k) * (1 / 12.0 - 1 / (360.0 * k * k)))


def hypergeometric(bits, good, bad, sample):
    """Return one hypergeometric draw: the urn for sample < 10 or sample > good + bad - 10, else HRUA.

    >>> from tinynet.random.pcg64 import PCG64
    >>> hypergeometric(PCG64(1), 5, 5, 10), hypergeometric(PCG64(1), 5, 5, 0)
    (5, 0)
    """
    if 10 <= sample <= good + bad - 10:
        return _hrua(bits, good, bad, sample)
    return _urn(bits, good, bad, sample)


def _urn(bits, good, bad, sample):
    """Draw the smaller of the sample and its complement item by item; count the good ones."""
    total = good + bad
    complement = sample > total // 2
    draws = total - sample if complement else sample
    left, good_left = total, good
    while draws > 0 and good_left > 0 and left > good_left:
        left -= 1
        if random_interval(bits, left) < good_left:
            good_left -= 1
        draws -= 1
    if left == good_left:       # only good items are left: the rest of the draws take them
        good_left -= draws
    return good_left if complement else good - good_left


def _hrua(bits, good, bad, sample):
    """Stadlober's HRUA: X = a + h (V - 1/2) / U under a table-mountain hat, accepted by log-pmf ratio.

    With M = min(good, bad), N = good + bad and n = min(sample, N - sample): the mean
    a = n M / N + 1/2, c = sqrt(var + 1/2), the hat's width h = D1 c + D2, the mode
    m = floor((n + 1)(M + 1) / (N + 2)), and K = floor(X) is accepted when
    2 ln U <= T = log f(m) - log f(K) (with two quick tests first).
    """
    double = bits.next_double
    popsize = good + bad
    n = min(sample, popsize - sample)
    smaller, larger = min(good, bad), max(good, bad)
    p = float(smaller) / popsize
    q = float(larger) / popsize
    a = n * p + 0.5
    variance = float(popsize - n) * n * p * q / (popsize - 1)
    c = math.sqrt(variance + 0.5)
    h = _D1 * c + _D2
    m = int(math.floor(float(n + 1) * (smaller + 1) / (popsize + 2)))
    g = (logfactorial(m) + logfactorial(smaller - m) + logfactorial(n - m)
         + logfactorial(larger - n + m))
    bound = min(float(min(n, smaller) + 1), math.floor(a + 16 * c))   # the support, or 16 sd past the mean
    while True:
        u = double()
        v = double()
        if u == 0.0:
            continue      # X would be +-inf or nan: rejected by the range test
        x = a + h * (v - 0.5) / u
        if x < 0.0 or x >= bound:
            continue
        k = int(math.floor(x))
        t = g - (logfactorial(k) + logfactorial(smaller - k) + logfactorial(n - k)
                 + logfactorial(larger - n + k))
        if u * (4.0 - u) - 3.0 <= t:      # quick acceptance
            break
        if u * (u - t) >= 1:              # quick rejection
            continue
        if 2.0 * math.log(u) <= t:
            break
    if good > bad:
        k = n - k
    if n < sample:
        k = good - k
    return k


# ---------------------------------------------------------------------------
# Several colours
# ---------------------------------------------------------------------------

def marginals_rows(bits, colors, nsample, rows):
    """Return rows draws (flat, C order) of the colour counts, one hypergeometric count per colour.

    Colour j's count is hypergeometric(colors[j], the colours after j, what is still to draw); the
    last colour takes the rest. Past half the urn, the complement is drawn and subtracted.

    >>> from tinynet.random.pcg64 import PCG64
    >>> marginals_rows(PCG64(0), [3, 2, 5], 4, 2)
    [2, 0, 2, 1, 1, 2]
    """
    d = len(colors)
    total = sum(colors)
    out = [0] * (rows * d)
    if total == 0 or nsample == 0 or d == 0:
        return out
    complement = nsample > total // 2
    to_draw = total - nsample if complement else nsample
    for start in range(0, rows * d, d):
        left_to_draw = to_draw
        remaining = total
        j = 0
        while left_to_draw > 0 and j + 1 < d:
            remaining -= colors[j]
            count = hypergeometric(bits, colors[j], remaining, left_to_draw)
            out[start + j] = count
            left_to_draw -= count
            j += 1
        if left_to_draw > 0:
            out[start + d - 1] = left_to_draw
        if complement:
            for j in range(d):
                out[start + j] = colors[j] - out[start + j]
    return out


def count_rows(bits, colors, nsample, rows):
    """Return rows draws (flat, C order) of the colour counts by a partial Fisher-Yates shuffle of the urn.

    The urn lists colour 0 colors[0] times, then colour 1, and so on. Each draw swaps
    place j with place j + random_interval(total - j - 1) for j < nsample and counts the
    colours in the first nsample places. The urn is not restored between draws: the
    next one shuffles what the last one left. Only the places that moved are stored
    (a dict), so an urn of 10**9 items costs nothing until it is drawn from.

    >>> from tinynet.random.pcg64 import PCG64
    >>> count_rows(PCG64(0), [3, 2, 5], 4, 2)
    [2, 1, 1, 1, 1, 2]
    """
    d = len(colors)
    total = sum(colors)
    out = [0] * (rows * d)
    if total == 0 or nsample == 0 or d == 0:
        return out
    ends = []          # ends[i]: the first place after colour i
    end = 0
    for count in colors:
        end += count
        ends.append(end)
    moved = {}

    def color_at(place):
        if place in moved:
            return moved[place]
        low, high = 0, d - 1          # the first colour whose end is past place
        while low < high:
            mid = (low + high) // 2
            if ends[mid] > place:
                high = mid
            else:
                low = mid + 1
        return low

    complement = nsample > total // 2
    to_draw = total - nsample if complement else nsample
    for start in range(0, rows * d, d):
        for j in range(to_draw):
            k = j + random_interval(bits, total - j - 1)
            picked = color_at(k)
            moved[k] = color_at(j)
            moved[j] = picked
        for j in range(to_draw):
            out[start + moved[j]] += 1
        if complement:
            for j in range(d):
                out[start + j] = colors[j] - out[start + j]
    return out
