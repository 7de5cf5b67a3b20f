import shapes

shapes.loaded.append(__name__)
KIND = "solid"
