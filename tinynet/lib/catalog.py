"""Where each public name that loads on first use lives: the catalog behind ``tinynet.__getattr__``.

A board that runs a small program never looks up these names, so it never holds this table: the
package's ``__getattr__`` imports this module on the first name it does not hold.  The first
``np.nansum`` imports tinynet.lib.nanfunctions, and later look-ups find it in the package's globals.

One entry per module: the module's path, then the public names it provides, in one string separated
by spaces (one string costs a board's heap far less than a tuple of names).

    >>> module_of("nansum")
    'tinynet.lib.nanfunctions'
    >>> module_of("no_such_name") is None
    True
"""

LAZY = {
    "tinynet.lib.sorting": "argpartition argsort bincount lexsort partition searchsorted sort sort_complex",
    "tinynet.core.formatfloat": "format_float_positional format_float_scientific",
    "tinynet.core.printoptions": "get_printoptions printoptions set_printoptions",
    "tinynet.lib.arrayprint": "array2string array_repr array_str",
    "tinynet.lib.concat_index": "c_ r_",
    "tinynet.lib.deprecated": "row_stack",
    "tinynet.lib.einsum_path": "einsum_path",
    "tinynet.core.methods_layout": "flatiter",
    "tinynet.lib.broadcast_object": "broadcast",
    "tinynet.core.dlpack": "from_dlpack",
    "tinynet.lib.elementwise_math": "ceil cos floor floor_divide log10 log1p log2 mod positive remainder sign sin "
                                    "square",
    "tinynet.lib.elementwise_logic": "allclose array_equal bitwise_and bitwise_not bitwise_or bitwise_xor invert "
                                     "isclose isfinite isinf isnan left_shift logical_and logical_not logical_or "
                                     "logical_xor right_shift",
    "tinynet.lib.iteration": "ndenumerate ndindex nditer nested_iters",
    "tinynet.lib.products": "einsum inner kron outer tensordot vdot",
    "tinynet.lib.shaping": "array_split ascontiguousarray asfortranarray atleast_1d atleast_2d atleast_3d "
                           "broadcast_arrays broadcast_shapes broadcast_to column_stack concat concatenate "
                           "copy diag diagflat diagonal dsplit dstack expand_dims flip fliplr flipud hsplit "
                           "hstack matrix_transpose may_share_memory meshgrid moveaxis ndim permute_dims ravel "
                           "repeat reshape rollaxis shape shares_memory size split squeeze stack swapaxes tile "
                           "trace transpose vsplit vstack",
    "tinynet.lib.ranges": "arange geomspace linspace logspace",
    "tinynet.lib.builders": "eye fromfunction fromiter identity",
    "tinynet.lib.like": "empty_like full_like ones_like zeros_like",
    "tinynet.lib.bits": "base_repr binary_repr packbits unpackbits",
    "tinynet.lib.functional": "apply_along_axis apply_over_axes vectorize",
    "tinynet.lib.textio": "loadtxt savetxt",
    "tinynet.lib.textfill": "genfromtxt",
    "tinynet.lib.npyio": "save load savez savez_compressed frombuffer fromfile fromstring",
    "tinynet.lib.statistics": "median percentile quantile",
    "tinynet.lib.histograms": "histogram histogram2d histogram_bin_edges histogramdd",
    "tinynet.lib.averages": "average corrcoef cov cumulative_prod cumulative_sum digitize ptp",
    "tinynet.lib.nanfunctions": "nanargmax nanargmin nancumprod nancumsum nanmax nanmean nanmedian nanmin "
                                "nanpercentile nanprod nanquantile nanstd nansum nanvar",
    "tinynet.core.limits": "finfo iinfo",
    "tinynet.core.exception_types": "ComplexWarning",
    "tinynet.core.errcall": "getbufsize geterrcall setbufsize seterrcall",
    "tinynet.core.promotion": "promote_types result_type",
    "tinynet.core.numerictypes": "ScalarType complexfloating floating generic inexact integer isdtype isscalar "
                                 "issubdtype little_endian min_scalar_type number sctypeDict signedinteger "
                                 "typecodes unsignedinteger",
    "tinynet.lib.type_check": "angle common_type imag iscomplex iscomplexobj isreal isrealobj mintypecode "
                              "nan_to_num real real_if_close typename",
    "tinynet.lib.ufunclike": "fix isneginf isposinf sinc",
    "tinynet.lib.conversion": "array_equiv asanyarray asarray_chkfinite astype isfortran iterable require",
    "tinynet.lib.elementwise_int": "bitwise_count bitwise_invert bitwise_left_shift bitwise_right_shift conj "
                                   "conjugate divmod fmax fmin fmod gcd lcm",
    "tinynet.lib.elementwise_float": "acos acosh arccos arccosh arcsin arcsinh arctan arctan2 arctanh asin asinh "
                                     "atan atan2 atanh cbrt copysign cosh deg2rad degrees exp2 expm1 fabs "
                                     "float_power frexp heaviside hypot ldexp logaddexp logaddexp2 modf nextafter "
                                     "rad2deg radians reciprocal rint signbit sinh spacing tan trunc",
    "tinynet.lib.setops": "intersect1d isin setdiff1d setxor1d union1d unique unique_all unique_counts "
                          "unique_inverse unique_values",
    "tinynet.lib.index_tricks": "diag_indices diag_indices_from fill_diagonal index_exp indices ix_ mgrid ogrid "
                                "ravel_multi_index s_ unravel_index",
    "tinynet.lib.twodim": "mask_indices tri tril tril_indices tril_indices_from triu triu_indices "
                          "triu_indices_from",
    "tinynet.lib.arraypad": "pad",
    "tinynet.lib.calculus": "gradient interp trapezoid unwrap",
    "tinynet.lib.convolution": "convolve correlate",
    "tinynet.lib.polynomial": "poly poly1d polyadd polyder polydiv polyfit polyint polymul polysub polyval roots "
                              "vander",
    "tinynet.lib.vectors": "cross matvec vecdot vecmat",
    "tinynet.lib.windows": "bartlett blackman hamming hanning i0 kaiser",
    "tinynet.lib.rearranging": "append block delete diff ediff1d insert resize roll rot90 trim_zeros unstack",
    "tinynet.lib.array_api_info": "__array_namespace_info__",
    "tinynet.lib.selection": "argwhere choose compress copyto extract flatnonzero piecewise place put "
                             "put_along_axis putmask select take take_along_axis",
}


def module_of(name):
    """Return the module in LAZY that provides name, or None if none does."""
    padded = " " + name + " "
    for module_name in LAZY:
        if padded in " " + LAZY[module_name] + " ":
            return module_name
    return None


def lazy_names():
    """Return every name the table lists, in its order."""
    every = []
    for module_name in LAZY:
        every.extend(LAZY[module_name].split())
    return every
