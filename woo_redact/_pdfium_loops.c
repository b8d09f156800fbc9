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

/* loose_boxes(loose_box, font_size, textpage, wanted) -> (boxes, sizes)

   For each character k with wanted[k] nonzero, in order: FPDFText_GetLooseCharBox(page, k, &rect)
   into one FS_RECTF kept from character to character (zero at first; PDFium leaves it as it was
   when it says no, and so does this loop) and FPDFText_GetFontSize(page, k). boxes[k] is then
   (left, min(top, bottom), right, max(top, bottom)) with Python's ``a if a < b else b`` (NaN takes
   the second) and sizes[k] the size; None for a character not wanted. */
static PyObject *
loose_boxes(PyObject *self, PyObject *args)
{
    PyObject *box_addr, *size_addr, *page_addr;
    Py_buffer wanted;
    if (!PyArg_ParseTuple(args, "OOOy*", &box_addr, &size_addr, &page_addr, &wanted))
        return NULL;
    PyObject *boxes = NULL, *sizes = NULL, *result = NULL;
    loose_box_fn get_box = (loose_box_fn)address(box_addr);
    font_size_fn get_size = (font_size_fn)address(size_addr);
    void *page = address(page_addr);
    if (PyErr_Occurred())
        goto done;
    Py_ssize_t n = wanted.len;
    const uint8_t *want = (const uint8_t *)wanted.buf;
    boxes = PyList_New(n);
    sizes = PyList_New(n);
    if (boxes == NULL || sizes == NULL)
        goto done;
    rectf rect = {0.0f, 0.0f, 0.0f, 0.0f};
    for (Py_ssize_t k = 0; k < n; k++) {
        if (!want[k]) {
            PyList_SET_ITEM(boxes, k, Py_NewRef(Py_None));
            PyList_SET_ITEM(sizes, k, Py_NewRef(Py_None));
            continue;
        }
        get_box(page, (int)k, &rect);
        double bottom = rect.bottom, top = rect.top;
        PyObject *box = Py_BuildValue(
            "(dddd)", (double)rect.left, top < bottom ? top : bottom, (double)rect.right, top > bottom ? top : bottom);
        if (box == NULL)
            goto done;
        PyList_SET_ITEM(boxes, k, box);
        PyObject *size = PyFloat_FromDouble(get_size(page, (int)k));
        if (size == NULL)
            goto done;
        PyList_SET_ITEM(sizes, k, size);
    }
    result = PyTuple_Pack(2, boxes, sizes);
done:
    Py_XDECREF(boxes);
    Py_XDECREF(sizes);
    PyBuffer_Release(&wanted);
    return result;
}

static PyMethodDef methods[] = {
    {"tight_boxes", tight_boxes, METH_VARARGS, "The proof's character boxes of a text page (see the source)."},
    {"loose_boxes", loose_boxes, METH_VARARGS, "The parse's loose boxes and font sizes of a text page."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_pdfium_loops", NULL, -1, methods};

PyMODINIT_FUNC
PyInit__pdfium_loops(void)
{
    return PyModule_Create(&module);
}
