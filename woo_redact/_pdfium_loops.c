/* The per-character loops over PDFium's text page, compiled (see woo_redact/pdfium_loops.py).

   The parse and the proof ask PDFium something for each of a page's thousands of characters; from
   Python each ask is a foreign call (~0.3-0.5 us through cffi). Here the same PDFium functions are
   called with the same arguments in the same order, and the answers handed back as Python would have
   made them: the results are identical to the Python loops in pdfium_loops.py, which run where this
   module was not compiled. PDFium's functions come in as addresses (pypdfium2's library, already
   loaded), so nothing links against PDFium. The GIL is held throughout: PDFium is not thread-safe.
*/
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>

typedef struct {
    float left, top, right, bottom; /* FS_RECTF */
} rectf;

typedef int (*char_box_fn)(void *, int, double *, double *, double *, double *);
typedef int (*is_generated_fn)(void *, int);
typedef int (*loose_box_fn)(void *, int, rectf *);
typedef double (*font_size_fn)(void *, int);

static void *
address(PyObject *obj)
{
    return PyLong_AsVoidPtr(obj);
}

/* tight_boxes(char_box, is_generated, textpage, text, rects, inferred) -> list of blank indices

   For each character k of ``text`` (one a PDFium character): white space (str.isspace) or NUL is
   blank, and inferred[k] = (FPDFText_IsGenerated(page, k) == 1); any other character's box
   FPDFText_GetCharBox(page, k, &left, &right, &bottom, &top) is written into row k of ``rects``
   (doubles, four a row: left, bottom, right, top), or, when PDFium says no, the row is NaN and the
   character is blank. Returns the blank characters' indices, ascending. */
static PyObject *
tight_boxes(PyObject *self, PyObject *args)
{
    PyObject *box_addr, *gen_addr, *page_addr, *text;
    Py_buffer rects, inferred;
    if (!PyArg_ParseTuple(args, "OOOUw*w*", &box_addr, &gen_addr, &page_addr, &text, &rects, &inferred))
        return NULL;
    PyObject *blank = NULL;
    char_box_fn get_box = (char_box_fn)address(box_addr);
    is_generated_fn is_generated = (is_generated_fn)address(gen_addr);
    void *page = address(page_addr);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    if (PyErr_Occurred())
        goto done;
    if (rects.len < (Py_ssize_t)(n * 4 * sizeof(double)) || inferred.len < n) {
        PyErr_SetString(PyExc_ValueError, "buffers too small for the text");
        goto done;
    }
    blank = PyList_New(0);
    if (blank == NULL)
        goto done;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    double *row = (double *)rects.buf;
    uint8_t *inf = (uint8_t *)inferred.buf;
    for (Py_ssize_t k = 0; k < n; k++, row += 4) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, k);
        int empty = 0;
        if (Py_UNICODE_ISSPACE(ch) || ch == 0) {
            empty = 1;
            inf[k] = is_generated(page, (int)k) == 1;
        } else if (!get_box(page, (int)k, row, row + 2, row + 1, row + 3)) {
            empty = 1;
            row[0] = row[1] = row[2] = row[3] = NAN;
        }
        if (empty) {
            PyObject *i = PyLong_FromSsize_t(k);
            if (i == NULL || PyList_Append(blank, i) < 0) {
                Py_XDECREF(i);
                Py_CLEAR(blank);
                goto done;
            }
            Py_DECREF(i);
        }
    }
done:
    PyBuffer_Release(&rects);
    PyBuffer_Release(&inferred);
    return blank;
}

/* A new reference to a float of ``value``: one of ``last`` (the last box's numbers) whose value is bit for
   bit ``value`` (so -0.0 is not 0.0, and a NaN only its own bits), else a new one. */
static PyObject *
reused(PyObject *last[5], double value)
{
    for (int j = 0; j < 5; j++) {
        if (last[j] != NULL) {
            double had = PyFloat_AS_DOUBLE(last[j]);
            if (memcmp(&had, &value, sizeof(double)) == 0)
                return Py_NewRef(last[j]);
        }
    }
    return PyFloat_FromDouble(value);
}

/* loose_boxes(loose_box, font_size, textpage, wanted, across_cos, across_sin, limit) -> (boxes, sizes, tall)

   For each character k with wanted[k] nonzero, in order: FPDFText_GetLooseCharBox(page, k, &rect)
   into one FS_RECTF kept from character to character (zero at first; PDFium leaves it as it was
   when it says no, and so does this loop) and FPDFText_GetFontSize(page, k). boxes[k] is then
   (left, min(top, bottom), right, max(top, bottom)) with Python's ``a if a < b else b`` (NaN takes
   the second) and sizes[k] the size; None for a character not wanted. ``tall`` lists the wanted
   characters whose box is taller across the line than ``limit`` times the size:
   (top - bottom) * across_cos + (right - left) * across_sin > limit * size. A number bit for bit the same as
   one of the last box's and size is that same float object (see ``reused``): the values as the Python loop
   makes them, in about a third of the objects. */
static PyObject *
loose_boxes(PyObject *self, PyObject *args)
{
    PyObject *box_addr, *size_addr, *page_addr;
    Py_buffer wanted;
    double across_cos, across_sin, limit;
    if (!PyArg_ParseTuple(
            args, "OOOy*ddd", &box_addr, &size_addr, &page_addr, &wanted, &across_cos, &across_sin, &limit))
        return NULL;
    PyObject *boxes = NULL, *sizes = NULL, *tall = NULL, *result = NULL;
    loose_box_fn get_box = (loose_box_fn)address(box_addr);
    font_size_fn get_size = (font_size_fn)address(size_addr);
    void *page = address(page_addr);
    if (PyErr_Occurred())
        goto done;
    Py_ssize_t n = wanted.len;
    const uint8_t *want = (const uint8_t *)wanted.buf;
    boxes = PyList_New(n);
    sizes = PyList_New(n);
    tall = PyList_New(0);
    if (boxes == NULL || sizes == NULL || tall == NULL)
        goto done;
    rectf rect = {0.0f, 0.0f, 0.0f, 0.0f};
    /* the last box's four numbers and size, as objects: a value that is bit for bit the same is the same
       object again (a line's characters share their bottom and top, a word's each other's edges): the
       same values, a third of the float objects of a page of text (memory held, made and freed) */
    PyObject *last[5] = {NULL, NULL, NULL, NULL, NULL};
    for (Py_ssize_t k = 0; k < n; k++) {
        if (!want[k]) {
            PyList_SET_ITEM(boxes, k, Py_NewRef(Py_None));
            PyList_SET_ITEM(sizes, k, Py_NewRef(Py_None));
            continue;
        }
        get_box(page, (int)k, &rect);
        double left = rect.left, bottom = rect.bottom, right = rect.right, top = rect.top;
        double lo = top < bottom ? top : bottom, hi = top > bottom ? top : bottom;
        double font_size = get_size(page, (int)k);
        double values[5] = {left, lo, right, hi, font_size};
        PyObject *items[5];
        for (int j = 0; j < 5; j++) {
            items[j] = reused(last, values[j]);
            if (items[j] == NULL) {
                for (int i = 0; i < j; i++)
                    Py_DECREF(items[i]);
                goto done;
            }
        }
        for (int j = 0; j < 5; j++) {
            Py_XDECREF(last[j]);
            last[j] = Py_NewRef(items[j]);
        }
        PyObject *box = PyTuple_New(4);
        if (box == NULL) {
            for (int j = 0; j < 5; j++)
                Py_DECREF(items[j]);
            goto done;
        }
        for (int j = 0; j < 4; j++)
            PyTuple_SET_ITEM(box, j, items[j]); /* (steals the reference) */
        PyList_SET_ITEM(boxes, k, box);
        PyList_SET_ITEM(sizes, k, items[4]);
        if ((hi - lo) * across_cos + (right - left) * across_sin > limit * font_size) {
            PyObject *i = PyLong_FromSsize_t(k);
            if (i == NULL || PyList_Append(tall, i) < 0) {
                Py_XDECREF(i);
                goto done;
            }
            Py_DECREF(i);
        }
    }
    result = PyTuple_Pack(3, boxes, sizes, tall);
done:
    for (int j = 0; j < 5; j++)
        Py_XDECREF(last[j]);
    Py_XDECREF(boxes);
    Py_XDECREF(sizes);
    Py_XDECREF(tall);
    PyBuffer_Release(&wanted);
    return result;
}

/* Python's min() and max() of a sequence: the first item, replaced by each later one that is less
   (greater): with a NaN the order decides, as it does in Python. */
#define PYMIN(cur, v) ((v) < (cur) ? (v) : (cur))
#define PYMAX(cur, v) ((v) > (cur) ? (v) : (cur))

static int
box_of(PyObject *box, double b[4])
{
    if (!PyTuple_Check(box) || PyTuple_GET_SIZE(box) != 4) {
        PyErr_SetString(PyExc_TypeError, "a box is a tuple of four numbers");
        return -1;
    }
    for (int j = 0; j < 4; j++) {
        b[j] = PyFloat_AsDouble(PyTuple_GET_ITEM(box, j));
        if (b[j] == -1.0 && PyErr_Occurred())
            return -1;
    }
    return 0;
}

/* One word's span. Its box's numbers are the floats ``ob`` of its characters' boxes that min() and max() take
   where they are floats (the same values: fewer objects made, held and freed), else new ones of x0, y0, x1
   and y1; its top, left and right are new. */
static int
emit(PyObject *out, Py_ssize_t first, Py_ssize_t end, double x0, double y0, double x1, double y1, PyObject *ob[4],
     double cos, double sin)
{
    /* the box's corners in the reading frame, in the order x0y0, x0y1, x1y0, x1y1 */
    double a0 = x0 * cos + y0 * sin, a1 = x0 * cos + y1 * sin, a2 = x1 * cos + y0 * sin, a3 = x1 * cos + y1 * sin;
    double d0 = x0 * sin - y0 * cos, d1 = x0 * sin - y1 * cos, d2 = x1 * sin - y0 * cos, d3 = x1 * sin - y1 * cos;
    double top = d0, left = a0, right = a0;
    top = PYMIN(top, d1);
    top = PYMIN(top, d2);
    top = PYMIN(top, d3);
    left = PYMIN(left, a1);
    left = PYMIN(left, a2);
    left = PYMIN(left, a3);
    right = PYMAX(right, a1);
    right = PYMAX(right, a2);
    right = PYMAX(right, a3);
    double xy[4] = {x0, y0, x1, y1};
    PyObject *num[4];
    for (int j = 0; j < 4; j++) {
        num[j] = PyFloat_CheckExact(ob[j]) ? Py_NewRef(ob[j]) : PyFloat_FromDouble(xy[j]);
        if (num[j] == NULL) {
            for (int i = 0; i < j; i++)
                Py_DECREF(num[i]);
            return -1;
        }
    }
    PyObject *span = Py_BuildValue("(nnNNNNddd)", first, end, num[0], num[1], num[2], num[3], top, left, right);
    if (span == NULL)
        return -1;
    int failed = PyList_Append(out, span);
    Py_DECREF(span);
    return failed;
}

/* word_spans(boxes, sizes, cos, sin, ocr_layer) -> [(first, end, x0, y0, x1, y1, top, left, right), ...]

   The parse's words (parse/words.py, _word_spans: the same steps in Python, the reference): a
   character without a box (None) ends a word; a gap along the reading direction over 0.6 of the
   size, or a drift across it over 0.7, starts a new one. Each word's box is the min/max of its
   characters' boxes (the characters' own float objects, as min() and max() take them), and its top, left
   and right its corners' extremes in the reading frame. */
static PyObject *
word_spans(PyObject *self, PyObject *args)
{
    PyObject *boxes, *sizes;
    double cos, sin;
    int ocr_layer;
    if (!PyArg_ParseTuple(args, "O!O!ddp", &PyList_Type, &boxes, &PyList_Type, &sizes, &cos, &sin, &ocr_layer))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(boxes);
    if (PyList_GET_SIZE(sizes) != n) {
        PyErr_SetString(PyExc_ValueError, "a size for every box");
        return NULL;
    }
    PyObject *out = PyList_New(0);
    if (out == NULL)
        return NULL;
    double across_cos = cos > 0 ? cos : -cos, across_sin = sin > 0 ? sin : -sin;
    double prev[4] = {0.0, 0.0, 0.0, 0.0}, prev_across = 0.0, b[4];
    double x0 = 0.0, y0 = 0.0, x1 = 0.0, y1 = 0.0;
    PyObject *ob[4] = {NULL, NULL, NULL, NULL}; /* the objects of x0, y0, x1, y1 (borrowed from the boxes) */
    Py_ssize_t first = -1; /* the current word's first character; -1: no word */
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *box = PyList_GET_ITEM(boxes, i);
        if (box == Py_None) {
            if (first >= 0 && emit(out, first, i, x0, y0, x1, y1, ob, cos, sin) < 0)
                goto fail;
            first = -1;
            continue;
        }
        if (box_of(box, b) < 0)
            goto fail;
        double font_size = PyFloat_AsDouble(PyList_GET_ITEM(sizes, i));
        if (font_size == -1.0 && PyErr_Occurred())
            goto fail;
        double across = ((b[0] + b[2]) / 2) * sin - ((b[1] + b[3]) / 2) * cos;
        if (first >= 0) {
            double a = b[0] * cos + b[1] * sin, bb = b[2] * cos + b[3] * sin;
            double c = prev[2] * cos + prev[3] * sin, d = prev[0] * cos + prev[1] * sin;
            double gap = (bb < a ? bb : a) - (d > c ? d : c);
            double drift = fabs(prev_across - across);
            if (!(gap <= 0.6 && drift <= 0.7)) {
                double size = font_size < 1.0 ? 1.0 : font_size;
                double across_size = size;
                if (ocr_layer || font_size < 2.0) {
                    double height = (b[3] - b[1]) * across_cos + (b[2] - b[0]) * across_sin;
                    if (2.0 * size < height) {
                        across_size = 0.75 * height;
                        if (ocr_layer)
                            size = across_size;
                    }
                }
                if (gap > 0.6 * size || drift > 0.7 * across_size) {
                    if (emit(out, first, i, x0, y0, x1, y1, ob, cos, sin) < 0)
                        goto fail;
                    first = -1;
                }
            }
        }
        if (first < 0) {
            first = i;
            x0 = b[0], y0 = b[1], x1 = b[2], y1 = b[3];
            for (int j = 0; j < 4; j++)
                ob[j] = PyTuple_GET_ITEM(box, j);
        } else { /* (each as PYMIN and PYMAX take it, with the object it is) */
            if (b[0] < x0)
                x0 = b[0], ob[0] = PyTuple_GET_ITEM(box, 0);
            if (b[1] < y0)
                y0 = b[1], ob[1] = PyTuple_GET_ITEM(box, 1);
            if (b[2] > x1)
                x1 = b[2], ob[2] = PyTuple_GET_ITEM(box, 2);
            if (b[3] > y1)
                y1 = b[3], ob[3] = PyTuple_GET_ITEM(box, 3);
        }
        prev[0] = b[0], prev[1] = b[1], prev[2] = b[2], prev[3] = b[3];
        prev_across = across;
    }
    if (first >= 0 && emit(out, first, n, x0, y0, x1, y1, ob, cos, sin) < 0)
        goto fail;
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef methods[] = {
    {"tight_boxes", tight_boxes, METH_VARARGS, "The proof's character boxes of a text page (see the source)."},
    {"loose_boxes", loose_boxes, METH_VARARGS, "The parse's loose boxes and font sizes of a text page."},
    {"word_spans", word_spans, METH_VARARGS, "The parse's words of a page's characters (see the source)."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pdfium_loops", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__pdfium_loops(void)
{
    return PyModule_Create(&module);
}
